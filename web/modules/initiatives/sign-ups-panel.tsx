import { useTranslation } from 'react-i18next';
import { useApi } from '../../app/api-context.ts';
import { usePagedList } from '../../lib/use-paged-list.ts';
import { Alert } from '../../ui/alert.tsx';
import { LoadMore } from '../../ui/load-more.tsx';
import { initiativesApi, type Activity } from './initiatives.api.ts';
import { useAction } from './use-action.ts';

/** Organisers: who is coming, who is waiting, and (once it has started) who came. */
export function SignUpsPanel({ initiativeId, activity }: { initiativeId: string; activity: Activity }) {
  const { t } = useTranslation();
  const api = useApi();
  const list = usePagedList(
    (cursor) => initiativesApi.signUps(api, initiativeId, activity.id, cursor),
    `${activity.id}-${activity.seatsTaken}-${activity.waiting}`,
  );
  const action = useAction({ 'activity-not-started': t('initiatives.activities.notStarted') });
  const started = new Date(activity.startsAt).getTime() <= Date.now();

  return (
    <div>
      {action.error && (
        <Alert type="error" live>
          {action.error}
        </Alert>
      )}
      {!list.loading && list.items.length === 0 && (
        <p className="utrecht-paragraph">{t('initiatives.activities.noSignUps')}</p>
      )}
      <ul className="ws-plain-list">
        {list.items.map((signUp) => (
          <li key={signUp.id} className="ws-row">
            <span>
              {signUp.person.displayName} ·{' '}
              {signUp.status === 'confirmed'
                ? t('initiatives.activities.confirmed')
                : t('initiatives.activities.onWaitingList', { position: signUp.waitingPosition ?? 0 })}
            </span>
            {started && signUp.status === 'confirmed' && (
              <label className="utrecht-form-label ws-check">
                <input
                  type="checkbox"
                  className="utrecht-checkbox"
                  checked={signUp.attended === true}
                  onChange={(e) => {
                    const attended = e.target.checked;
                    void action.run(signUp.id, async () => {
                      const saved = await initiativesApi.attendance(
                        api,
                        initiativeId,
                        activity.id,
                        signUp.id,
                        attended,
                      );
                      list.update((items) => items.map((item) => (item.id === saved.id ? saved : item)));
                    });
                  }}
                />{' '}
                {t('initiatives.activities.attended', { name: signUp.person.displayName })}
              </label>
            )}
          </li>
        ))}
      </ul>
      {list.hasMore && (
        <LoadMore
          hasMore={list.hasMore}
          loading={list.loadingMore}
          onLoadMore={() => void list.loadMore()}
          shown={t('initiatives.shown', { count: list.items.length })}
          end={t('initiatives.allShown')}
        />
      )}
    </div>
  );
}
