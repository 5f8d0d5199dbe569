import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useSession } from '../../../app/session-context.ts';
import { ButtonLink, TextLink } from '../../../ui/links.tsx';
import { Page } from '../../../ui/page.tsx';
import { useLoad } from '../../areas/use-load.ts';
import { Disclosure } from '../../initiatives/disclosure.tsx';
import { initiativePaths } from '../../initiatives/initiatives.paths.ts';
import { SubjectDecisions } from '../decisions/subject-decisions.tsx';
import { steeringApi } from '../steering.api.ts';
import { steeringPaths } from '../steering.paths.ts';
import { steers } from '../steering-roles.ts';
import { IncidentForm } from '../tasks/incident-form.tsx';
import { IncidentList } from '../tasks/incident-list.tsx';
import { LoadState } from '../ui/load-state.tsx';
import { AdviceSection } from './advice-section.tsx';
import { AdviceTimeline } from './advice-timeline.tsx';
import '../steering.css';
import { useApi } from '../../../app/api-context.ts';

/** Steering of an initiative that carries public work: its advice, the advice's history and the decisions. */
export function InitiativeSteeringPage() {
  const { t } = useTranslation();
  const api = useApi();
  const { me } = useSession();
  const { initiativeId = '' } = useParams();
  const [round, setRound] = useState(0);
  const loaded = useLoad(() => steeringApi.initiative(api, initiativeId), initiativeId);
  const crumbs = [{ to: steeringPaths.tasks, label: t('steering.tasks.title') }];
  const initiative = loaded.data;
  if (!initiative)
    return <LoadState title={t('steering.initiative.titleLoading')} error={loaded.error} crumbs={crumbs} />;
  return (
    <Page
      title={t('steering.initiative.title', { title: initiative.title })}
      lead={t('steering.initiative.lead')}
      crumbs={crumbs}
    >
      <p className="utrecht-paragraph">
        <TextLink to={initiativePaths.initiative(initiative.id)}>{t('steering.initiative.pageLink')}</TextLink>
      </p>
      {steers(me) && (
        <section className="ws-section ws-steering-officer" aria-labelledby="steering-officer-title">
          <h2 className="utrecht-heading-2" id="steering-officer-title">
            {t('steering.officer.title')}
          </h2>
          <div className="utrecht-button-group ws-button-row ws-steering-actions">
            <ButtonLink to={steeringPaths.newDecision('initiative', initiative.id)}>
              {t('steering.officer.decide')}
            </ButtonLink>
          </div>
          <Disclosure label={t('steering.incident.title')}>
            <IncidentForm type="initiative" id={initiative.id} onReported={() => setRound((r) => r + 1)} />
          </Disclosure>
          <IncidentList type="initiative" id={initiative.id} round={round} />
        </section>
      )}
      <AdviceSection type="initiative" id={initiative.id} key={`advice-${round}`} />
      <SubjectDecisions type="initiative" id={initiative.id} />
      <AdviceTimeline type="initiative" id={initiative.id} key={`timeline-${round}`} />
    </Page>
  );
}
