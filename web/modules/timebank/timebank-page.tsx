import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../app/api-context.ts';
import { useSession } from '../../app/session-context.ts';
import { formatDateTime, formatNumber, formatSigned } from '../../lib/format.ts';
import { usePagedList } from '../../lib/use-paged-list.ts';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { LoadMore } from '../../ui/load-more.tsx';
import { Page } from '../../ui/page.tsx';
import { PersonPicker } from '../../ui/person-picker.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { useForm } from '../../ui/use-form.ts';
import { timebankApi, type Balance } from './timebank.api.ts';

const hoursText = (hours: number, locale: string) => formatSigned(hours, locale, 2);

const giftableText = (hours: number, locale: string) => formatNumber(hours, locale, 2);

/** Tijdbank: my balance, my history, and giving hours to a neighbour or the community pot. */
export function TimebankPage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const { me } = useSession();
  const [version, setVersion] = useState(0);
  const [balance, setBalance] = useState<Balance | null>(null);
  const [given, setGiven] = useState(false);
  const entries = usePagedList((cursor) => timebankApi.entries(api, cursor), `entries-${version}`);
  const form = useForm({ toAccountId: '', hours: '1', memo: '' });
  const labels = { toAccountId: t('timebank.giftTo'), hours: t('timebank.hours'), memo: t('timebank.memo') };

  useEffect(() => {
    timebankApi.balance(api).then(setBalance, () => undefined);
  }, [api, version]);

  const onSubmit = form.handleSubmit(async (v) => {
    setGiven(false);
    const to = v.toAccountId.trim() ? { toAccountId: v.toAccountId.trim() } : { toPotAreaId: me?.homeAreaId ?? '' };
    await timebankApi.gift(api, { ...to, hours: Number(v.hours), memo: v.memo });
    setGiven(true);
    setVersion((n) => n + 1);
  });

  return (
    <Page title={t('timebank.title')} lead={t('timebank.lead')}>
      {balance && (
        <p className="utrecht-paragraph ws-balance" data-testid="time-balance">
          {t('timebank.balance', {
            hours: hoursText(balance.hours, i18n.language),
            limit: formatNumber(-balance.limitHours, i18n.language, 2),
          })}{' '}
          {t('timebank.giftable', { hours: giftableText(balance.giftableHours, i18n.language) })}
        </p>
      )}
      <section className="ws-section" aria-labelledby="timebank-history">
        <h2 className="utrecht-heading-2" id="timebank-history">
          {t('timebank.history')}
        </h2>
        {!entries.loading && entries.items.length === 0 && <p className="utrecht-paragraph">{t('timebank.empty')}</p>}
        <ul className="ws-card-list">
          {entries.items.map((e) => (
            <li key={e.id} className="ws-card">
              <strong>
                {hoursText(e.hours, i18n.language)} {t('timebank.hoursUnit')}
              </strong>{' '}
              · {t(`timebank.kinds.${e.kind}` as 'timebank.kinds.gift')} ·{' '}
              {e.counterpartyKind === 'member' ? e.counterparty : t(`timebank.counterparty.${e.counterpartyKind}`)}
              <br />
              <time dateTime={e.occurredAt}>{formatDateTime(e.occurredAt, i18n.language)}</time>
              {e.memo && ` · ${e.memo}`}
            </li>
          ))}
        </ul>
        {entries.items.length > 0 && (
          <LoadMore
            hasMore={entries.hasMore}
            loading={entries.loadingMore}
            onLoadMore={() => void entries.loadMore()}
            shown={t('timebank.shown', { count: entries.items.length })}
            end={t('timebank.allShown')}
          />
        )}
      </section>
      <section className="ws-section" aria-labelledby="timebank-gift">
        <h2 className="utrecht-heading-2" id="timebank-gift">
          {t('timebank.giftTitle')}
        </h2>
        <form className="ws-form" noValidate onSubmit={onSubmit}>
          <ErrorSummary errors={form.errors} labels={labels} />
          <PersonPicker
            {...form.field('toAccountId')}
            label={labels.toAccountId}
            description={t('timebank.giftToHint')}
            optional
          />
          <TextField {...form.field('hours')} type="number" step="0.25" min="0.25" label={labels.hours} />
          <TextField {...form.field('memo')} label={labels.memo} optional />
          <Button type="submit" busy={form.busy} busyLabel={t('common.saving')}>
            {t('timebank.give')}
          </Button>
          {given && (
            <Alert type="ok" live>
              {t('timebank.given')}
            </Alert>
          )}
        </form>
      </section>
    </Page>
  );
}
