import { useTranslation } from 'react-i18next';
import type { Challenge } from '../steering.api.ts';
import { formatDate } from '../../../lib/format.ts';
import { TextLink } from '../../../ui/links.tsx';
import { steeringPaths } from '../steering.paths.ts';
import { money } from '../steering-format.ts';
import { challengeStatusText, deadlineText } from '../steering-texts.ts';

/** Challenges as cards: who challenges which task, for how much, and where the assessment stands. */
export function ChallengeList({ challenges, showTask = false }: { challenges: Challenge[]; showTask?: boolean }) {
  const { t, i18n } = useTranslation();
  return (
    <ul className="ws-card-list" data-testid="challenges">
      {challenges.map((challenge) => (
        <li key={challenge.id} className="ws-card">
          <h3 className="utrecht-heading-3 ws-card__title">
            <TextLink to={steeringPaths.challenge(challenge.id)}>
              {showTask
                ? t('steering.challenge.cardTitleTask', {
                    initiative: challenge.initiative.name,
                    task: challenge.task.title,
                  })
                : t('steering.challenge.cardTitle', { initiative: challenge.initiative.name })}
            </TextLink>
            <span className={`ws-badge ws-badge--${challenge.status}`}>{challengeStatusText(t, challenge.status)}</span>
          </h3>
          <p className="utrecht-paragraph ws-card__meta">
            {t('steering.challenge.cardMeta', {
              cost: money(challenge.proposedCostCents, i18n.language),
              date: formatDate(challenge.submittedAt, i18n.language),
            })}
            {challenge.status === 'submitted' &&
              ` · ${t('steering.challenge.assessBy', {
                date: formatDate(challenge.assessmentDueAt, i18n.language),
                state: deadlineText(t, challenge.assessmentState),
              })}`}
          </p>
        </li>
      ))}
    </ul>
  );
}
