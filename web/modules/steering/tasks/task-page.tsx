import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useSession } from '../../../app/session-context.ts';
import { ButtonLink, TextLink } from '../../../ui/links.tsx';
import { Page } from '../../../ui/page.tsx';
import { useLoad } from '../../areas/use-load.ts';
import { Disclosure } from '../../initiatives/disclosure.tsx';
import { AdviceSection } from '../advice/advice-section.tsx';
import { AdviceTimeline } from '../advice/advice-timeline.tsx';
import { TaskChallenges } from '../challenges/task-challenges.tsx';
import { SubjectDecisions } from '../decisions/subject-decisions.tsx';
import { steeringApi, type PublicTask } from '../steering.api.ts';
import { steeringPaths } from '../steering.paths.ts';
import { steers } from '../steering-roles.ts';
import { calendarDate, money } from '../steering-format.ts';
import { domainText, providerText, riskText } from '../steering-texts.ts';
import { LayerBadge } from '../ui/layer-badge.tsx';
import { LoadState } from '../ui/load-state.tsx';
import { IncidentForm } from './incident-form.tsx';
import { IncidentList } from './incident-list.tsx';
import { ProviderHistory } from './provider-history.tsx';
import '../steering.css';
import { useApi } from '../../../app/api-context.ts';

/** A public task: what it is, who carries it and did, the advice and its history, decisions, the Right to Challenge. */
export function TaskPage() {
  const { t } = useTranslation();
  const api = useApi();
  const { taskId = '' } = useParams();
  const [round, setRound] = useState(0);
  const loaded = useLoad(() => steeringApi.task(api, taskId), `${taskId}:${round}`);
  const crumbs = [{ to: steeringPaths.tasks, label: t('steering.tasks.title') }];
  if (!loaded.data) return <LoadState title={t('steering.task.title')} error={loaded.error} crumbs={crumbs} />;
  return <TaskView task={loaded.data} crumbs={crumbs} round={round} onChange={() => setRound((r) => r + 1)} />;
}

function TaskView({
  task,
  crumbs,
  round,
  onChange,
}: {
  task: PublicTask;
  crumbs: Array<{ to: string; label: string }>;
  /** Counts the officer's changes on this page (an incident), so the advice and its history load again. */
  round: number;
  onChange: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { me } = useSession();
  const carrier = task.provider.initiative ?? task.provider.organisation;
  const fact = (label: string, value: ReactNode) => (
    <div className="utrecht-data-list__item">
      <dt className="utrecht-data-list__item-key">{label}</dt>
      <dd className="utrecht-data-list__item-value">{value}</dd>
    </div>
  );
  return (
    <Page title={task.title} crumbs={crumbs}>
      <p className="utrecht-paragraph utrecht-paragraph--lead">{task.description}</p>
      <dl className="utrecht-data-list ws-data-list" data-testid="task-facts">
        {fact(t('steering.task.area'), task.area.name)}
        {fact(t('steering.task.domain'), domainText(t, task.domain))}
        {fact(
          t('steering.task.provider'),
          <>
            {providerText(t, task.provider.kind)}
            {carrier && ' ('}
            {task.provider.initiative && (
              <TextLink to={steeringPaths.initiative(task.provider.initiative.id)}>
                {task.provider.initiative.name}
              </TextLink>
            )}
            {!task.provider.initiative && task.provider.organisation?.name}
            {task.provider.initiative && task.provider.organisation && `, ${task.provider.organisation.name}`}
            {carrier && ')'}
          </>,
        )}
        {fact(t('steering.task.budget'), money(task.yearlyBudgetCents, i18n.language))}
        {fact(t('steering.task.risk'), riskText(t, task.risk))}
        {fact(t('steering.task.statutory'), task.statutory ? t('steering.yes') : t('steering.no'))}
        {fact(t('steering.task.exclusive'), task.exclusive ? t('steering.task.exclusiveYes') : t('steering.no'))}
        {task.legalBasis && fact(t('steering.task.legalBasis'), task.legalBasis)}
        {fact(t('steering.task.department'), task.department)}
        {fact(
          t('steering.task.decision'),
          task.decision ? (
            <>
              <LayerBadge layer={task.decision.layer} />{' '}
              <TextLink to={steeringPaths.decision(task.decision.id)}>
                {t('steering.task.decisionLink', { date: calendarDate(task.decision.reviewDate, i18n.language) })}
              </TextLink>
            </>
          ) : (
            t('steering.task.noDecision')
          ),
        )}
      </dl>

      {steers(me) && (
        <section className="ws-section ws-steering-officer" aria-labelledby="steering-officer-title">
          <h2 className="utrecht-heading-2" id="steering-officer-title">
            {t('steering.officer.title')}
          </h2>
          <p className="utrecht-paragraph">{t('steering.officer.scope')}</p>
          <div className="utrecht-button-group ws-button-row ws-steering-actions">
            <ButtonLink to={steeringPaths.newDecision('task', task.id)}>{t('steering.officer.decide')}</ButtonLink>
            <ButtonLink to={steeringPaths.editTask(task.id)} variant="secondary">
              {t('steering.officer.edit')}
            </ButtonLink>
          </div>
          <Disclosure label={t('steering.incident.title')}>
            <IncidentForm type="task" id={task.id} onReported={onChange} />
          </Disclosure>
          <IncidentList type="task" id={task.id} round={round} />
        </section>
      )}

      <AdviceSection type="task" id={task.id} key={`advice-${round}`} />
      <SubjectDecisions type="task" id={task.id} />
      <TaskChallenges task={task} />
      <AdviceTimeline type="task" id={task.id} key={`timeline-${round}`} />
      <ProviderHistory taskId={task.id} />
    </Page>
  );
}
