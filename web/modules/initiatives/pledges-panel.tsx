import { useTranslation } from 'react-i18next';
import { useApi } from '../../app/api-context.ts';
import { useSession } from '../../app/session-context.ts';
import { usePagedList } from '../../lib/use-paged-list.ts';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { ConfirmButton } from '../../ui/confirm.tsx';
import { LoadMore } from '../../ui/load-more.tsx';
import { initiativesApi, type Initiative, type Need, type Pledge } from './initiatives.api.ts';
import { euros } from './initiatives-texts.ts';
import { useAction } from './use-action.ts';

/** Organisers see every pledge and mark them delivered; a resident sees and can withdraw their own. */
export function PledgesPanel({
  initiative,
  need,
  onChange,
}: {
  initiative: Initiative;
  need: Need;
  onChange: () => void;
}) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const { me } = useSession();
  const pledges = usePagedList(
    (cursor) => initiativesApi.pledges(api, initiative.id, need.id, cursor),
    `${need.id}-${need.pledged}-${need.delivered}`,
  );
  const action = useAction();
  const amount = (pledge: Pledge) =>
    need.unit === 'cents' ? euros(pledge.quantity, i18n.language) : String(pledge.quantity);
  const act = (key: string, run: () => Promise<unknown>) => void action.run(key, run).then((ok) => ok && onChange());

  return (
    <div>
      {action.error && (
        <Alert type="error" live>
          {action.error}
        </Alert>
      )}
      {!pledges.loading && pledges.items.length === 0 && (
        <p className="utrecht-paragraph">{t('initiatives.pledges.none')}</p>
      )}
      <ul className="ws-plain-list">
        {pledges.items.map((pledge) => (
          <li key={pledge.id} className="ws-row">
            <span>
              {pledge.by?.displayName ?? t('initiatives.pledges.someone')}
              {pledge.organisation && ` (${pledge.organisation.name})`}: {amount(pledge)}
              {pledge.hours !== null && ` · ${t('initiatives.pledges.hours', { count: pledge.hours })}`}
              {pledge.note && ` · “${pledge.note}”`} ·{' '}
              {t(`initiatives.pledges.status.${pledge.status}` as 'initiatives.pledges.status.made')}
            </span>
            {pledge.status === 'made' && initiative.viewer.canEdit && (
              <Button
                variant="secondary"
                busy={action.busy === `deliver-${pledge.id}`}
                onClick={() => act(`deliver-${pledge.id}`, () => initiativesApi.deliver(api, initiative.id, pledge.id))}
              >
                {t('initiatives.pledges.deliver')}
              </Button>
            )}
            {pledge.status === 'made' && pledge.by?.id === me?.id && (
              <ConfirmButton
                label={t('initiatives.pledges.withdraw')}
                variant="subtle"
                busy={action.busy === `withdraw-${pledge.id}`}
                title={t('confirm.pledgeWithdraw.title')}
                confirmLabel={t('confirm.pledgeWithdraw.yes')}
                onConfirm={() =>
                  act(`withdraw-${pledge.id}`, () => initiativesApi.withdraw(api, initiative.id, pledge.id))
                }
              >
                <p className="utrecht-paragraph">{t('confirm.pledgeWithdraw.text')}</p>
              </ConfirmButton>
            )}
          </li>
        ))}
      </ul>
      {pledges.hasMore && (
        <LoadMore
          hasMore={pledges.hasMore}
          loading={pledges.loadingMore}
          onLoadMore={() => void pledges.loadMore()}
          shown={t('initiatives.shown', { count: pledges.items.length })}
          end={t('initiatives.allShown')}
        />
      )}
    </div>
  );
}
