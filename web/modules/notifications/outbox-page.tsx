import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { outboxStatuses } from '../../../contracts/notifications.ts';
import { useApi } from '../../app/api-context.ts';
import { formatDateTime } from '../../lib/format.ts';
import { usePagedList } from '../../lib/use-paged-list.ts';
import { Alert } from '../../ui/alert.tsx';
import { LoadMore } from '../../ui/load-more.tsx';
import { Page } from '../../ui/page.tsx';
import { SelectField } from '../../ui/select-field.tsx';
import { notificationsApi } from './notifications.api.ts';

/** For administrators: the mails to residents in their area, and whether a mail server is set up. */
export function OutboxPage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const [status, setStatus] = useState('');
  const [mail, setMail] = useState<{ smtpConfigured: boolean; from: string } | null>(null);
  useEffect(() => {
    void notificationsApi.mailStatus(api).then(setMail);
  }, [api]);
  const list = usePagedList((cursor) => notificationsApi.outbox(api, cursor, status), `outbox:${status}`);
  return (
    <Page title={t('notifications.outbox.title')} lead={t('notifications.outbox.lead')}>
      {mail && (
        <Alert type={mail.smtpConfigured ? 'info' : 'warning'}>
          {mail.smtpConfigured ? t('notifications.outbox.smtp', { from: mail.from }) : t('notifications.outbox.noSmtp')}
        </Alert>
      )}
      <SelectField
        name="outbox-status"
        label={t('notifications.outbox.status')}
        value={status}
        onValue={setStatus}
        options={[
          { value: '', label: t('notifications.outbox.any') },
          ...outboxStatuses.map((s) => ({ value: s, label: t(`notifications.outbox.statuses.${s}`) })),
        ]}
      />
      {!list.loading && list.items.length === 0 && (
        <p className="utrecht-paragraph">{t('notifications.outbox.empty')}</p>
      )}
      <ul className="ws-card-list">
        {list.items.map((m) => (
          <li key={m.id} className="ws-card">
            <h2 className="utrecht-heading-3 ws-card__title">{m.subject}</h2>
            <p className="utrecht-paragraph">
              {t('notifications.outbox.to', { to: m.to })}
              <br />
              <span className="ws-badge">{t(`notifications.outbox.statuses.${m.status}`)}</span>{' '}
              <time dateTime={m.createdAt}>{formatDateTime(m.createdAt, i18n.language)}</time>
              {m.attempts > 0 && <> · {t('notifications.outbox.attempts', { count: m.attempts })}</>}
            </p>
            {m.lastError && (
              <p className="utrecht-paragraph">{t('notifications.outbox.lastError', { error: m.lastError })}</p>
            )}
            {m.secret ? (
              <p className="utrecht-paragraph ws-card__meta">{t('notifications.outbox.secret')}</p>
            ) : (
              m.text && (
                <details>
                  <summary>{t('notifications.outbox.text')}</summary>
                  <pre className="ws-mail-text">{m.text}</pre>
                </details>
              )
            )}
          </li>
        ))}
      </ul>
      {list.items.length > 0 && (
        <LoadMore
          hasMore={list.hasMore}
          loading={list.loadingMore}
          onLoadMore={() => void list.loadMore()}
          shown={t('notifications.shown', { count: list.items.length })}
          end={t('notifications.allShown')}
        />
      )}
    </Page>
  );
}
