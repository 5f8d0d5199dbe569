import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { WithdrawChallengeSchema } from '../../../../contracts/steering.ts';
import { useSession } from '../../../app/session-context.ts';
import { formatDate } from '../../../lib/format.ts';
import { Alert } from '../../../ui/alert.tsx';
import { Button } from '../../../ui/button.tsx';
import { ErrorSummary } from '../../../ui/error-summary.tsx';
import { problemErrors, validateWith } from '../../../ui/form-errors.ts';
import { TextLink } from '../../../ui/links.tsx';
import { Page } from '../../../ui/page.tsx';
import { useForm } from '../../../ui/use-form.ts';
import { useLoad } from '../../areas/use-load.ts';
import { Disclosure } from '../../initiatives/disclosure.tsx';
import { initiativePaths } from '../../initiatives/initiatives.paths.ts';
import { MilestonesSection } from '../decisions/milestones-section.tsx';
import { steeringApi, type Challenge, type ChallengeCriteria } from '../steering.api.ts';
import { steeringAnchors, steeringPaths } from '../steering.paths.ts';
import { steers } from '../steering-roles.ts';
import { calendarDate, money } from '../steering-format.ts';
import { challengeStatusText, criterionText, deadlineText, providerText, scoreText } from '../steering-texts.ts';
import { ConfirmStep } from '../ui/confirm-step.tsx';
import { LoadState } from '../ui/load-state.tsx';
import { useProblemMessages } from '../ui/problem-messages.ts';
import { TextAreaField } from '../ui/text-area-field.tsx';
import { AssessmentForm } from './assessment-form.tsx';
import { DecideForm } from './decide-form.tsx';
import '../steering.css';
import { useApi } from '../../../app/api-context.ts';
import { useScrollToHash } from '../ui/use-scroll-to-hash.ts';

/** A challenge under the Right to Challenge: the plan, the evidence, the scores per criterion and the decision. */
export function ChallengePage() {
  const { t } = useTranslation();
  const api = useApi();
  const { challengeId = '' } = useParams();
  const loaded = useLoad(async () => {
    const [challenge, criteria] = await Promise.all([
      steeringApi.challenge(api, challengeId),
      steeringApi.criteria(api),
    ]);
    return { challenge, criteria };
  }, challengeId);
  const [changed, setChanged] = useState<Challenge | null>(null);
  const crumbs = [
    { to: steeringPaths.tasks, label: t('steering.tasks.title') },
    { to: steeringPaths.challenges, label: t('steering.challenges.title') },
  ];
  if (!loaded.data)
    return <LoadState title={t('steering.challenge.titleLoading')} error={loaded.error} crumbs={crumbs} />;
  const challenge = changed && changed.id === challengeId ? changed : loaded.data.challenge;
  return <ChallengeView challenge={challenge} criteria={loaded.data.criteria} crumbs={crumbs} onChange={setChanged} />;
}

function ChallengeView({
  challenge,
  criteria,
  crumbs,
  onChange,
}: {
  challenge: Challenge;
  criteria: ChallengeCriteria;
  crumbs: Array<{ to: string; label: string }>;
  onChange: (challenge: Challenge) => void;
}) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const { me } = useSession();
  const locale = i18n.language;
  const [message, setMessage] = useState<string | null>(null);
  const organiser = useLoad(
    async () => (me ? (await steeringApi.initiative(api, challenge.initiative.id)).viewer.canEdit : false),
    `${challenge.initiative.id}:${me?.id ?? ''}`,
  );
  const officer = steers(me);
  const open = challenge.status === 'submitted';
  useScrollToHash(true);
  const fact = (label: string, value: string) => (
    <div className="utrecht-data-list__item">
      <dt className="utrecht-data-list__item-key">{label}</dt>
      <dd className="utrecht-data-list__item-value">{value}</dd>
    </div>
  );
  return (
    <Page
      title={t('steering.challenge.title', { initiative: challenge.initiative.name, task: challenge.task.title })}
      crumbs={[...crumbs, { to: steeringPaths.task(challenge.task.id), label: challenge.task.title }]}
    >
      {message && (
        <Alert type="ok" live>
          {message}
        </Alert>
      )}
      <p className="utrecht-paragraph" data-testid="challenge-status">
        <strong>{t('steering.challenge.status')}</strong>{' '}
        <span className={`ws-badge ws-badge--${challenge.status}`}>{challengeStatusText(t, challenge.status)}</span>
      </p>
      <dl className="utrecht-data-list ws-data-list">
        {fact(t('steering.challenge.task'), `${challenge.task.title} (${challenge.task.area.name})`)}
        {fact(t('steering.challenge.initiative'), challenge.initiative.name)}
        {fact(
          t('steering.challenge.organisation'),
          challenge.organisation?.name ?? t('steering.challenge.noOrganisation'),
        )}
        {fact(
          t('steering.challenge.cost'),
          t('steering.challenge.costText', {
            cost: money(challenge.proposedCostCents, locale),
            budget: money(challenge.budgetAtSubmissionCents, locale),
          }),
        )}
        {fact(
          t('steering.challenge.period'),
          t('steering.challenge.periodText', {
            start: calendarDate(challenge.startDate, locale),
            end: calendarDate(challenge.endDate, locale),
          }),
        )}
        {fact(t('steering.challenge.submittedAt'), formatDate(challenge.submittedAt, locale))}
        {fact(
          t('steering.challenge.assessmentDue'),
          `${formatDate(challenge.assessmentDueAt, locale)} (${deadlineText(t, challenge.assessmentState)})`,
        )}
      </dl>
      <p className="utrecht-paragraph">
        <TextLink to={initiativePaths.initiative(challenge.initiative.id)}>
          {t('steering.challenge.initiativeLink', { name: challenge.initiative.name })}
        </TextLink>
      </p>

      {challenge.decision && (
        <section className="ws-section" aria-labelledby="challenge-decision-title">
          <h2 className="utrecht-heading-2" id="challenge-decision-title">
            {t('steering.challenge.decisionTitle')}
          </h2>
          <p className="utrecht-paragraph" data-testid="challenge-decision">
            {challenge.decision.outcome === 'accepted'
              ? t('steering.challenge.acceptedOn', { date: formatDate(challenge.decision.decidedAt, locale) })
              : t('steering.challenge.refusedOn', { date: formatDate(challenge.decision.decidedAt, locale) })}
            {challenge.decision.late && ` ${t('steering.challenge.late')}`}
          </p>
          <p className="utrecht-paragraph ws-pre">{challenge.decision.reason}</p>
          {challenge.agreement && (
            <>
              <h3 className="utrecht-heading-3">{t('steering.challenge.agreementTitle')}</h3>
              <p className="utrecht-paragraph">
                {t('steering.challenge.agreementProvider', {
                  provider: providerText(t, challenge.agreement.provider).toLowerCase(),
                })}
              </p>
              <ul className="utrecht-unordered-list">
                {challenge.agreement.conditions.map((condition, index) => (
                  <li key={index} className="utrecht-unordered-list__item">
                    {condition}
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
      {challenge.withdrawal && (
        <Alert type="info">
          {t('steering.challenge.withdrawn', {
            date: formatDate(challenge.withdrawal.withdrawnAt, locale),
            reason: challenge.withdrawal.reason,
          })}
        </Alert>
      )}

      <section className="ws-section" aria-labelledby="challenge-plan-title">
        <h2 className="utrecht-heading-2" id="challenge-plan-title">
          {t('steering.challenge.planTitle')}
        </h2>
        <p className="utrecht-paragraph ws-pre">{challenge.plan}</p>
        <h3 className="utrecht-heading-3">{t('steering.challenge.delivery')}</h3>
        <p className="utrecht-paragraph ws-pre">{challenge.deliveryPlan}</p>
        <h3 className="utrecht-heading-3">{t('steering.challenge.fallback')}</h3>
        <p className="utrecht-paragraph ws-pre">{challenge.fallback}</p>
      </section>

      <section className="ws-section" aria-labelledby="challenge-evidence-title">
        <h2 className="utrecht-heading-2" id="challenge-evidence-title">
          {t('steering.challenge.evidenceTitle')}
        </h2>
        <ul className="utrecht-unordered-list" data-testid="challenge-evidence">
          <li className="utrecht-unordered-list__item">
            {t('steering.challengeForm.evidenceSupport', { count: challenge.evidence.verifiedSupporters })}
          </li>
          <li className="utrecht-unordered-list__item">
            {t('steering.challenge.evidenceMembers', { count: challenge.evidence.activeMembers })}
          </li>
          <li className="utrecht-unordered-list__item">
            {t('steering.challengeForm.evidencePledges', {
              kept: challenge.evidence.pledgesKept,
              made: challenge.evidence.pledgesMade,
            })}
          </li>
          {challenge.evidence.activeSince && (
            <li className="utrecht-unordered-list__item">
              {t('steering.challenge.activeSince', { date: formatDate(challenge.evidence.activeSince, locale) })}
            </li>
          )}
        </ul>
      </section>

      <section className="ws-section" aria-labelledby="challenge-scores-title">
        <h2 className="utrecht-heading-2" id="challenge-scores-title">
          {t('steering.challenge.scoresTitle')}
        </h2>
        <p className="utrecht-paragraph">{t('steering.rtc.scoring', { max: criteria.scoreMax })}</p>
        <div className="ws-table-scroll" role="region" aria-labelledby="challenge-scores-title" tabIndex={0}>
          <table className="utrecht-table ws-steering-table" data-testid="scores">
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">
                  {t('steering.challenge.criterion')}
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  {t('steering.challenge.score')}
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  {t('steering.challenge.reason')}
                </th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {criteria.criteria.map(({ id }) => {
                const scored = challenge.scores.find((s) => s.criterion === id);
                return (
                  <tr key={id} className="utrecht-table__row">
                    <th scope="row" className="utrecht-table__header-cell">
                      {criterionText(t, id)}
                    </th>
                    <td className="utrecht-table__cell">
                      {scored
                        ? `${scored.score} / ${criteria.scoreMax}: ${scoreText(t, scored.score)}`
                        : t('steering.assessment.notScored')}
                    </td>
                    <td className="utrecht-table__cell">{scored?.reason ?? ''}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>

      {officer && open && (
        <section
          className="ws-section ws-steering-officer"
          aria-labelledby="challenge-assess-title"
          id={steeringAnchors.assessment}
        >
          <h2 className="utrecht-heading-2" id="challenge-assess-title">
            {t('steering.assessment.title')}
          </h2>
          <Disclosure label={t('steering.assessment.open')}>
            <AssessmentForm
              challenge={challenge}
              criteria={criteria}
              onAssessed={(assessed) => {
                onChange(assessed);
                setMessage(t('steering.assessment.saved'));
              }}
            />
          </Disclosure>
          <h3 className="utrecht-heading-3">{t('steering.decide.title')}</h3>
          <DecideForm
            challenge={challenge}
            criteria={criteria}
            onDecided={(decided) => {
              onChange(decided);
              setMessage(decided.status === 'accepted' ? t('steering.decide.accepted') : t('steering.decide.refused'));
            }}
          />
        </section>
      )}

      {challenge.status === 'accepted' && (
        <MilestonesSection owner={{ challengeId: challenge.id }} canRecord={officer} />
      )}

      {organiser.data && open && (
        <section className="ws-section" aria-labelledby="challenge-withdraw-title">
          <h2 className="utrecht-heading-2" id="challenge-withdraw-title">
            {t('steering.withdraw.title')}
          </h2>
          <WithdrawForm challenge={challenge} onWithdrawn={onChange} />
        </section>
      )}
    </Page>
  );
}

/** Organisers may pull their challenge back while it is open; that cannot be undone, so it asks first. */
function WithdrawForm({ challenge, onWithdrawn }: { challenge: Challenge; onWithdrawn: (c: Challenge) => void }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const messages = useProblemMessages();
  const [confirming, setConfirming] = useState(false);
  const [sending, setSending] = useState(false);
  const form = useForm({ 'withdraw-reason': '' });
  const labels = { 'withdraw-reason': t('steering.withdraw.reason') };
  const rename = { reason: 'withdraw-reason' };
  const onSubmit = form.handleSubmit(async () => setConfirming(true), {
    validate: (v) => validateWith(WithdrawChallengeSchema, { reason: v['withdraw-reason'] }, t, rename),
  });
  async function confirm() {
    setSending(true);
    try {
      onWithdrawn(await steeringApi.withdrawChallenge(api, challenge.id, { reason: form.values['withdraw-reason'] }));
    } catch (error) {
      setConfirming(false);
      form.setErrors(problemErrors(error, t, i18n, { fields: ['withdraw-reason'], rename, messages }));
    } finally {
      setSending(false);
    }
  }
  return (
    <form className="ws-form" noValidate onSubmit={onSubmit}>
      <ErrorSummary errors={form.errors} labels={labels} />
      <TextAreaField {...form.field('withdraw-reason')} label={labels['withdraw-reason']} rows={3} />
      {confirming ? (
        <ConfirmStep
          title={t('steering.withdraw.confirmTitle')}
          confirmLabel={t('steering.withdraw.confirmYes')}
          busy={sending}
          danger
          onConfirm={() => void confirm()}
          onCancel={() => setConfirming(false)}
        >
          <p className="utrecht-paragraph">{t('steering.withdraw.confirmText')}</p>
        </ConfirmStep>
      ) : (
        <Button type="submit" variant="secondary">
          {t('steering.withdraw.submit')}
        </Button>
      )}
    </form>
  );
}
