import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../app/api-context.ts';
import { usePagedList } from '../../lib/use-paged-list.ts';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { TextLink } from '../../ui/links.tsx';
import { LoadMore } from '../../ui/load-more.tsx';
import { Page } from '../../ui/page.tsx';
import { helpApi } from './help.api.ts';
import { helpPaths } from './help.paths.ts';
import { kindText, reasonText } from './help-texts.ts';

/** Invitations to me as a helper: why I was asked, and accept or decline. */
export function InvitationsPage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const [version, setVersion] = useState(0);
  const [message, setMessage] = useState<string | null>(null);
  const list = usePagedList((cursor) => helpApi.invitations(api, '', cursor), `invitations-${version}`);

  const answer = async (id: string, choice: 'accept' | 'decline') => {
    await helpApi.answer(api, id, choice);
    setMessage(choice === 'accept' ? t('help.accepted') : t('help.declined'));
    setVersion((v) => v + 1);
  };

  return (
    <Page
      title={t('help.invitationsTitle')}
      lead={t('help.invitationsLead')}
      crumbs={[{ to: helpPaths.home, label: t('help.title') }]}
    >
      {message && (
        <Alert type="ok" live>
          {message}
        </Alert>
      )}
      {!list.loading && list.items.length === 0 && <p className="utrecht-paragraph">{t('help.noInvitations')}</p>}
      <ul className="ws-card-list">
        {list.items.map((inv) => (
          <li key={inv.id} className="ws-card">
            <h2 className="utrecht-heading-3">
              <TextLink to={helpPaths.request(inv.requestId)}>{inv.request.title}</TextLink>
            </h2>
            <p className="utrecht-paragraph">
              {kindText(t, inv.request.kind)} ·{' '}
              {t(`help.invitationStatus.${inv.status}` as 'help.invitationStatus.pending')}
            </p>
            <p className="utrecht-paragraph">{t('help.whyYou')}</p>
            <ul className="utrecht-unordered-list">
              {inv.reasons.map((r) => (
                <li key={r.code} className="utrecht-unordered-list__item">
                  {reasonText(t, (k) => i18n.exists(k), r)}
                </li>
              ))}
            </ul>
            {inv.status === 'pending' && (
              <div className="utrecht-button-group ws-button-row">
                <Button onClick={() => void answer(inv.id, 'accept')}>{t('help.accept')}</Button>
                <Button variant="secondary" onClick={() => void answer(inv.id, 'decline')}>
                  {t('help.decline')}
                </Button>
              </div>
            )}
          </li>
        ))}
      </ul>
      {list.items.length > 0 && (
        <LoadMore
          hasMore={list.hasMore}
          loading={list.loadingMore}
          onLoadMore={() => void list.loadMore()}
          shown={t('help.shown', { count: list.items.length })}
          end={t('help.allShown')}
        />
      )}
    </Page>
  );
}
