import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../app/api-context.ts';
import { useSession } from '../../app/session-context.ts';
import { formatDateTime } from '../../lib/format.ts';
import { usePagedList } from '../../lib/use-paged-list.ts';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { ConfirmButton } from '../../ui/confirm.tsx';
import { LoadMore } from '../../ui/load-more.tsx';
import { SelectField } from '../../ui/select-field.tsx';
import { ActivityForm } from './activity-form.tsx';
import { Disclosure } from './disclosure.tsx';
import { initiativesApi, type Activity, type Initiative } from './initiatives.api.ts';
import { SignUpsPanel } from './sign-ups-panel.tsx';
import { useAction } from './use-action.ts';

/** Activities with a date, place and capacity: sign up, or join the waiting list when it is full. */
export function ActivitiesSection({ initiative }: { initiative: Initiative }) {
  const { t } = useTranslation();
  const api = useApi();
  const [when, setWhen] = useState<'upcoming' | 'past'>('upcoming');
  const [version, setVersion] = useState(0);
  const list = usePagedList(
    (cursor) => initiativesApi.activities(api, initiative.id, when, cursor),
    `${initiative.id}-${when}-${version}`,
  );
  const refresh = () => setVersion((v) => v + 1);

  return (
    <section className="ws-section" aria-labelledby="initiative-activities">
      <h2 className="utrecht-heading-2" id="initiative-activities">
        {t('initiatives.activities.title')}
      </h2>
      <SelectField
        name="activities-when"
        label={t('initiatives.activities.show')}
        value={when}
        onValue={(v) => setWhen(v === 'past' ? 'past' : 'upcoming')}
        options={[
          { value: 'upcoming', label: t('initiatives.activities.upcoming') },
          { value: 'past', label: t('initiatives.activities.past') },
        ]}
      />
      {!list.loading && list.items.length === 0 && (
        <p className="utrecht-paragraph">{t('initiatives.activities.empty')}</p>
      )}
      <ul className="ws-card-list">
        {list.items.map((activity) => (
          <ActivityCard key={activity.id} initiative={initiative} activity={activity} onChange={refresh} />
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
      {initiative.viewer.canEdit && initiative.status !== 'stopped' && (
        <Disclosure label={t('initiatives.activities.plan')}>
          <ActivityForm initiativeId={initiative.id} onCreated={refresh} />
        </Disclosure>
      )}
    </section>
  );
}

function ActivityCard({
  initiative,
  activity,
  onChange,
}: {
  initiative: Initiative;
  activity: Activity;
  onChange: () => void;
}) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const { me } = useSession();
  const action = useAction({
    'activity-started': t('initiatives.activities.started'),
    'already-signed-up': t('initiatives.activities.already'),
  });
  const upcoming = new Date(activity.startsAt).getTime() > Date.now();
  const mine = activity.mySignUp;
  const act = (key: string, run: () => Promise<unknown>) => void action.run(key, run).then((ok) => ok && onChange());

  return (
    <li className="ws-card" aria-labelledby={`activity-${activity.id}`}>
      <h3 className="utrecht-heading-3 ws-card__title" id={`activity-${activity.id}`}>
        {activity.title}
      </h3>
      <p className="utrecht-paragraph ws-card__meta">
        {formatDateTime(activity.startsAt, i18n.language)} · {activity.place}
        {activity.cancelled && (
          <>
            {' '}
            · <span className="ws-badge">{t('initiatives.activities.cancelled')}</span>
          </>
        )}
      </p>
      <p className="utrecht-paragraph">
        {t('initiatives.activities.seats', { taken: activity.seatsTaken, capacity: activity.capacity })}
        {activity.waiting > 0 && ` · ${t('initiatives.activities.waiting', { count: activity.waiting })}`}
      </p>
      {activity.description && <p className="utrecht-paragraph">{activity.description}</p>}
      {mine && (
        <p className="utrecht-paragraph" role="status">
          {mine.status === 'confirmed'
            ? t('initiatives.activities.youAreIn')
            : t('initiatives.activities.youWait', { position: mine.waitingPosition ?? 0 })}
        </p>
      )}
      {action.error && (
        <Alert type="error" live>
          {action.error}
        </Alert>
      )}
      {me && upcoming && !activity.cancelled && (
        <div className="utrecht-button-group ws-button-row">
          {mine ? (
            <ConfirmButton
              label={t('initiatives.activities.cancelSignUp')}
              busy={action.busy === 'cancel'}
              title={t('confirm.signUpCancel.title')}
              confirmLabel={t('confirm.signUpCancel.yes')}
              onConfirm={() =>
                act('cancel', () => initiativesApi.cancelSignUp(api, initiative.id, activity.id, mine.id))
              }
            >
              <p className="utrecht-paragraph">{t('confirm.signUpCancel.text')}</p>
            </ConfirmButton>
          ) : (
            <Button
              busy={action.busy === 'join'}
              onClick={() => act('join', () => initiativesApi.signUp(api, initiative.id, activity.id))}
            >
              {activity.seatsTaken < activity.capacity
                ? t('initiatives.activities.signUp')
                : t('initiatives.activities.joinWaitingList')}
            </Button>
          )}
          {initiative.viewer.canEdit && (
            <ConfirmButton
              label={t('initiatives.activities.cancelActivity')}
              variant="subtle"
              busy={action.busy === 'cancel-activity'}
              title={t('confirm.activityCancel.title')}
              confirmLabel={t('confirm.activityCancel.yes')}
              onConfirm={() =>
                act('cancel-activity', () => initiativesApi.cancelActivity(api, initiative.id, activity.id))
              }
            >
              <p className="utrecht-paragraph">{t('confirm.activityCancel.text')}</p>
            </ConfirmButton>
          )}
        </div>
      )}
      {initiative.viewer.canEdit && (
        <Disclosure label={t('initiatives.activities.signUps')}>
          <SignUpsPanel initiativeId={initiative.id} activity={activity} />
        </Disclosure>
      )}
    </li>
  );
}
