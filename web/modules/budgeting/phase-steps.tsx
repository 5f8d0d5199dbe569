import { useTranslation } from 'react-i18next';
import type { Round } from '../../../contracts/budgeting.ts';
import { formatDateTime } from '../../lib/format.ts';
import { phaseText } from './budgeting-texts.ts';

const STEPS = [
  ['proposals', 'proposalsOpenAt'],
  ['review', 'reviewOpenAt'],
  ['voting', 'votingOpenAt'],
  ['results', 'votingCloseAt'],
] as const;

/** The four phases with their start dates; the current one is marked for screen readers too. */
export function PhaseSteps({ round }: { round: Round }) {
  const { t, i18n } = useTranslation();
  return (
    <ol className="ws-phase-steps" aria-label={t('budget.phasesLabel')}>
      {STEPS.map(([phase, date]) => (
        <li
          key={phase}
          className={round.phase === phase ? 'ws-phase-steps__current' : undefined}
          aria-current={round.phase === phase ? 'step' : undefined}
        >
          <strong>{phaseText(t, phase)}</strong>
          <span>{t('budget.from', { date: formatDateTime(round.schedule[date], i18n.language) })}</span>
        </li>
      ))}
    </ol>
  );
}
