import { useTranslation } from 'react-i18next';
import type { SteeringDecision } from '../steering.api.ts';
import { TextLink } from '../../../ui/links.tsx';
import { formatDate } from '../../../lib/format.ts';
import { steeringPaths, subjectPath } from '../steering.paths.ts';
import { calendarDate } from '../steering-format.ts';
import { deadlineText } from '../steering-texts.ts';
import { LayerBadge } from '../ui/layer-badge.tsx';

/** Decisions as cards: the layer, whether it follows the advice, the review date, responses. */
export function DecisionList({
  decisions,
  showSubject = false,
}: {
  decisions: SteeringDecision[];
  showSubject?: boolean;
}) {
  const { t, i18n } = useTranslation();
  return (
    <ul className="ws-card-list" data-testid="decisions">
      {decisions.map((decision) => (
        <li key={decision.id} className="ws-card">
          <h3 className="utrecht-heading-3 ws-card__title">
            <TextLink to={steeringPaths.decision(decision.id)}>
              {t('steering.decision.cardTitle', { date: formatDate(decision.decidedAt, i18n.language) })}
            </TextLink>
            <LayerBadge layer={decision.layer} />
            {decision.current && <span className="ws-badge">{t('steering.decision.current')}</span>}
          </h3>
          {showSubject && (
            <p className="utrecht-paragraph ws-card__meta">
              <TextLink to={subjectPath(decision.subject)}>
                {decision.subject.title || t('steering.subject.hidden')}
              </TextLink>
              {decision.subject.area && ` · ${decision.subject.area.name}`}
            </p>
          )}
          <p className="utrecht-paragraph ws-card__meta">
            {decision.followsAdvice ? t('steering.decision.followsAdvice') : t('steering.decision.differsShort')}
            {' · '}
            {t('steering.decision.reviewOn', {
              date: calendarDate(decision.reviewDate, i18n.language),
              state: deadlineText(t, decision.reviewState),
            })}
            {' · '}
            {t('steering.decision.responsesCount', { count: decision.responses })}
          </p>
        </li>
      ))}
    </ul>
  );
}
