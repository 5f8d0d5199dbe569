import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useApi } from '../../app/api-context.ts';
import { useSession } from '../../app/session-context.ts';
import { formatDate } from '../../lib/format.ts';
import { Alert } from '../../ui/alert.tsx';
import { ButtonLink, TextLink } from '../../ui/links.tsx';
import { accountPaths } from '../accounts/accounts.paths.ts';
import { calendarFeeds } from '../calendar/calendar.paths.ts';
import { FollowButton } from '../calendar/follow-button.tsx';
import { SubscribeLinks } from '../calendar/subscribe-links.tsx';
import { Page } from '../../ui/page.tsx';
import { useLoad } from '../areas/use-load.ts';
import { ActivitiesSection } from './activities-section.tsx';
import { HistorySection } from './history-section.tsx';
import { initiativesApi } from './initiatives.api.ts';
import { initiativePaths } from './initiatives.paths.ts';
import { domainText, statusText } from './initiatives-texts.ts';
import { MembersSection } from './members-section.tsx';
import { ModerateForm, ReportForm } from './moderation-forms.tsx';
import { NeedsSection } from './needs-section.tsx';
import { PartnersSection } from './partners-section.tsx';
import { SupportSection } from './support-section.tsx';
import { UpdatesSection } from './updates-section.tsx';
import { InitiativePictures } from '../pictures/initiative-pictures.tsx';
import { nameOfArea, useNeighbourhoods } from './use-neighbourhoods.ts';

/** One initiative: what it is, its support and the municipality's answer, needs, activities, news and people. */
export function InitiativePage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const { me } = useSession();
  const areas = useNeighbourhoods();
  const { initiativeId = '' } = useParams();
  const [version, setVersion] = useState(0);
  const loaded = useLoad(() => initiativesApi.get(api, initiativeId), `${initiativeId}-${version}-${me?.id ?? ''}`);
  const reload = () => setVersion((v) => v + 1);
  const crumbs = [{ to: initiativePaths.browse, label: t('initiatives.browse.title') }];
  const initiative = loaded.data;

  if (loaded.error)
    return (
      <Page title={t('initiatives.page.notFound')} crumbs={crumbs}>
        <Alert type="error">{t('initiatives.page.notFoundText')}</Alert>
      </Page>
    );
  if (!initiative)
    return (
      <Page title={t('initiatives.browse.title')} crumbs={crumbs}>
        <p className="utrecht-paragraph" role="status">
          {t('app.loading')}
        </p>
      </Page>
    );

  return (
    <Page title={initiative.title} lead={initiative.summary} crumbs={crumbs}>
      {initiative.moderation && (
        <Alert type="warning">
          {t('initiatives.moderation.hiddenNotice', { reason: initiative.moderation.reason })}
        </Alert>
      )}
      <p className="utrecht-paragraph ws-card__meta">
        <span className={`ws-badge ws-status ws-status--${initiative.status}`}>{statusText(t, initiative.status)}</span>{' '}
        {domainText(t, initiative.domain)} · {initiative.areaIds.map((id) => nameOfArea(areas, id)).join(', ')} ·{' '}
        {t('initiatives.page.since', { date: formatDate(initiative.createdAt, i18n.language) })}
      </p>
      {initiative.registeredOnBehalf && <p className="utrecht-paragraph">{t('initiatives.page.onBehalf')}</p>}
      {initiative.stopReason && (
        <Alert type="info">{t('initiatives.page.stopped', { reason: initiative.stopReason })}</Alert>
      )}
      {initiative.description && (
        <div className="ws-prose">
          {initiative.description.split(/\n{2,}/).map((p, i) => (
            <p key={i} className="utrecht-paragraph">
              {p}
            </p>
          ))}
        </div>
      )}
      <InitiativePictures initiative={initiative} />
      <dl className="utrecht-data-list ws-data-list">
        <div className="utrecht-data-list__item">
          <dt className="utrecht-data-list__item-key">{t('initiatives.page.members')}</dt>
          <dd className="utrecht-data-list__item-value">{initiative.figures.members}</dd>
        </div>
        <div className="utrecht-data-list__item">
          <dt className="utrecht-data-list__item-key">{t('initiatives.page.pledgesKept')}</dt>
          <dd className="utrecht-data-list__item-value">
            {t('initiatives.page.keptOfMade', {
              kept: initiative.figures.pledgesKept,
              made: initiative.figures.pledgesMade,
            })}
          </dd>
        </div>
        <div className="utrecht-data-list__item">
          <dt className="utrecht-data-list__item-key">{t('initiatives.page.upcoming')}</dt>
          <dd className="utrecht-data-list__item-value">{initiative.figures.upcomingActivities}</dd>
        </div>
      </dl>
      {!me && (
        <p className="utrecht-paragraph">
          <TextLink to={accountPaths.login} state={{ from: initiativePaths.initiative(initiative.id) }}>
            {t('initiatives.page.logInToTakePart')}
          </TextLink>
        </p>
      )}
      <FollowButton subjectType="initiative" subjectId={initiative.id} title={initiative.title} />
      {initiative.viewer.canEdit && (
        <div className="utrecht-button-group ws-button-row">
          <ButtonLink to={initiativePaths.edit(initiative.id)} variant="secondary">
            {t('initiatives.page.edit')}
          </ButtonLink>
        </div>
      )}

      <SupportSection
        initiative={initiative}
        areaNames={initiative.areaIds.map((id) => nameOfArea(areas, id)).join(', ')}
        onChange={reload}
      />
      <NeedsSection initiative={initiative} onChange={reload} />
      <ActivitiesSection initiative={initiative} />
      <SubscribeLinks feedPath={calendarFeeds.initiative(initiative.id)} name={initiative.title} />
      <UpdatesSection initiative={initiative} />
      <MembersSection initiative={initiative} onChange={reload} />
      <PartnersSection initiative={initiative} />
      <HistorySection initiative={initiative} onChange={reload} />

      {me && (
        <section className="ws-section" aria-labelledby="initiative-report">
          <h2 className="utrecht-heading-2" id="initiative-report">
            {t('initiatives.report.title')}
          </h2>
          {initiative.viewer.canModerate ? (
            <ModerateForm
              subjectType="initiative"
              subjectId={initiative.id}
              hidden={initiative.moderation !== null}
              onDone={reload}
            />
          ) : (
            <ReportForm subjectType="initiative" subjectId={initiative.id} />
          )}
        </section>
      )}
    </Page>
  );
}
