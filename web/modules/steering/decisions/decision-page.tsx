import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useSession } from '../../../app/session-context.ts';
import { formatDate } from '../../../lib/format.ts';
import { Alert } from '../../../ui/alert.tsx';
import { TextLink } from '../../../ui/links.tsx';
import { Page } from '../../../ui/page.tsx';
import { useLoad } from '../../areas/use-load.ts';
import { steeringApi, type SteeringDecision } from '../steering.api.ts';
import { steeringAnchors, steeringPaths, subjectPath } from '../steering.paths.ts';
import { steers } from '../steering-roles.ts';
import { calendarDate } from '../steering-format.ts';
import { deadlineText, layerExplanation, layerText } from '../steering-texts.ts';
import { LayerBadge } from '../ui/layer-badge.tsx';
import { LoadState } from '../ui/load-state.tsx';
import { GrantSection } from './grant-section.tsx';
import { InstrumentsView } from './instruments-view.tsx';
import { MilestonesSection } from './milestones-section.tsx';
import { ResponsesSection } from './responses-section.tsx';
import '../steering.css';
import { useApi } from '../../../app/api-context.ts';
import { useScrollToHash } from '../ui/use-scroll-to-hash.ts';

/** A published steering decision: the layer and why, its instruments, grant, milestones, and the responses to it. */
export function DecisionPage() {
  const { t } = useTranslation();
  const api = useApi();
  const { decisionId = '' } = useParams();
  const loaded = useLoad(() => steeringApi.decision(api, decisionId), decisionId);
  const crumbs = [
    { to: steeringPaths.tasks, label: t('steering.tasks.title') },
    { to: steeringPaths.decisions, label: t('steering.decisions.title') },
  ];
  if (!loaded.data)
    return <LoadState title={t('steering.decision.titleLoading')} error={loaded.error} crumbs={crumbs} />;
  return <DecisionView decision={loaded.data} crumbs={crumbs} />;
}

function DecisionView({
  decision,
  crumbs,
}: {
  decision: SteeringDecision;
  crumbs: Array<{ to: string; label: string }>;
}) {
  const { t, i18n } = useTranslation();
  const { me } = useSession();
  const locale = i18n.language;
  const subject = decision.subject.title || t('steering.subject.hidden');
  const intrusive = decision.layer === 'compel' || decision.layer === 'take_over';
  const officer = steers(me);
  useScrollToHash(true);
  return (
    <Page
      title={t('steering.decision.title', { subject })}
      crumbs={[...crumbs, { to: subjectPath(decision.subject), label: subject }]}
    >
      <p className="utrecht-paragraph ws-decision__layer" data-testid="decision-layer">
        <strong>{t('steering.decision.layer')}</strong> <LayerBadge layer={decision.layer} />
      </p>
      <p className="utrecht-paragraph">{layerExplanation(t, decision.layer)}</p>
      <p className="utrecht-paragraph">
        {t('steering.decision.decidedOn', { date: formatDate(decision.decidedAt, locale) })}
        {decision.subject.area && ` · ${decision.subject.area.name}`}
        {' · '}
        <TextLink to={subjectPath(decision.subject)}>{t('steering.decision.subjectLink')}</TextLink>
      </p>
      {!decision.current && <Alert type="info">{t('steering.decision.superseded')}</Alert>}
      {decision.challengeId && (
        <p className="utrecht-paragraph" data-testid="decision-from-challenge">
          {t('steering.decision.fromChallenge')}{' '}
          <TextLink to={steeringPaths.challenge(decision.challengeId)}>{t('steering.decision.challengeLink')}</TextLink>
        </p>
      )}
      {decision.adviceLayer &&
        (decision.followsAdvice ? (
          <p className="utrecht-paragraph">
            {t('steering.decision.followed', { layer: layerText(t, decision.adviceLayer).toLowerCase() })}
          </p>
        ) : (
          <Alert type="warning">
            {decision.challengeId && !decision.deviationReason
              ? t('steering.decision.differsChallenge', { advice: layerText(t, decision.adviceLayer).toLowerCase() })
              : t('steering.decision.differs', {
                  advice: layerText(t, decision.adviceLayer).toLowerCase(),
                  layer: layerText(t, decision.layer).toLowerCase(),
                })}
          </Alert>
        ))}

      <section className="ws-section" aria-labelledby="steering-motivation-title">
        <h2 className="utrecht-heading-2" id="steering-motivation-title">
          {t('steering.decision.motivation')}
        </h2>
        <p className="utrecht-paragraph ws-pre" data-testid="decision-motivation">
          {decision.motivation}
        </p>
        {decision.deviationReason && (
          <>
            <h3 className="utrecht-heading-3">{t('steering.decision.deviationReason')}</h3>
            <p className="utrecht-paragraph ws-pre">{decision.deviationReason}</p>
          </>
        )}
        {intrusive && (
          <>
            <h3 className="utrecht-heading-3">{t('steering.decision.proportionality')}</h3>
            <p className="utrecht-paragraph ws-pre">{decision.proportionalityReason ?? '—'}</p>
            <h3 className="utrecht-heading-3">{t('steering.decision.leastIntrusive')}</h3>
            <p className="utrecht-paragraph ws-pre">{decision.leastIntrusiveAlternative ?? '—'}</p>
          </>
        )}
        <p className="utrecht-paragraph" id={steeringAnchors.review}>
          <strong>{t('steering.decision.review')}</strong>{' '}
          {t('steering.decision.reviewText', {
            date: calendarDate(decision.reviewDate, locale),
            state: deadlineText(t, decision.reviewState),
          })}
          {officer && decision.current && (
            <>
              {' '}
              <TextLink to={steeringPaths.newDecision(decision.subject.type, decision.subject.id)}>
                {t('steering.decision.reviewLink')}
              </TextLink>
            </>
          )}
        </p>
      </section>

      <section className="ws-section" aria-labelledby="steering-instruments-title">
        <h2 className="utrecht-heading-2" id="steering-instruments-title">
          {t('steering.decision.instruments')}
        </h2>
        <InstrumentsView instruments={decision.instruments} />
      </section>

      {decision.grantId && <GrantSection grantId={decision.grantId} canManage={officer} />}
      {(decision.instruments.agreement ||
        decision.milestones.open + decision.milestones.met + decision.milestones.missed > 0) && (
        <MilestonesSection owner={{ decisionId: decision.id }} canRecord={officer} />
      )}
      <ResponsesSection decisionId={decision.id} canAnswer={officer} />
    </Page>
  );
}
