import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Round } from '../../../contracts/budgeting.ts';
import { useApi } from '../../app/api-context.ts';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { ConfirmStep } from '../../ui/confirm.tsx';
import { problemErrors } from '../../ui/form-errors.ts';
import { ButtonLink } from '../../ui/links.tsx';
import { budgetApi } from './budgeting.api.ts';
import { budgetPaths } from './budgeting.paths.ts';
import { formatDateTime } from '../../lib/format.ts';
import { phaseText } from './budgeting-texts.ts';

const NEXT = { upcoming: 'proposals', proposals: 'review', review: 'voting', voting: 'results' } as const;
/** When each next phase was planned to start, from the round's schedule. */
const PLANNED = {
  proposals: 'proposalsOpenAt',
  review: 'reviewOpenAt',
  voting: 'votingOpenAt',
  results: 'votingCloseAt',
} as const;

/** For the budget officer: start the next phase now, enter paper ballots. The server checks the area. */
export function OfficerPanel({ round, onChange }: { round: Round; onChange: (round: Round) => void }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const [busy, setBusy] = useState(false);
  // Starting a phase early cannot be undone (closing the vote seals the ballots): ask first, and say what happens.
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<{ type: 'ok' | 'error'; text: string } | null>(null);
  const next = round.phase === 'results' ? null : NEXT[round.phase];

  async function startNext() {
    if (!next) return;
    setConfirming(false);
    setBusy(true);
    setMessage(null);
    try {
      const changed = await budgetApi.startPhase(api, round.id, next);
      onChange(changed);
      setMessage({ type: 'ok', text: t('budget.officer.phaseStarted', { phase: phaseText(t, next) }) });
    } catch (error) {
      // The shared mapping: a known problem code in the reader's language, never the server's English detail.
      setMessage({
        type: 'error',
        text: problemErrors(error, t, i18n, { fields: [] }).general ?? t('problem.unexpected'),
      });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="ws-section ws-officer" aria-labelledby="officer-title">
      <h2 className="utrecht-heading-2" id="officer-title">
        {t('budget.officer.title')}
      </h2>
      {message && (
        <Alert type={message.type} live>
          {message.text}
        </Alert>
      )}
      <div className="utrecht-button-group ws-button-row">
        {next && !confirming && (
          <Button variant="secondary" busy={busy} onClick={() => setConfirming(true)}>
            {next === 'results'
              ? t('budget.officer.closeVoting')
              : t('budget.officer.startPhase', { phase: phaseText(t, next) })}
          </Button>
        )}
        {round.phase === 'voting' && (
          <ButtonLink to={budgetPaths.paperBallot(round.id)} variant="secondary">
            {t('budget.officer.paperLink')}
          </ButtonLink>
        )}
      </div>
      {next && confirming && (
        <ConfirmStep
          title={t('budget.officer.confirmTitle')}
          confirmLabel={t('budget.officer.confirmYes')}
          busy={busy}
          danger={next === 'results'}
          onConfirm={() => void startNext()}
          onCancel={() => setConfirming(false)}
        >
          <p className="utrecht-paragraph">
            {next === 'results'
              ? t('budget.officer.confirmCloseVoting', {
                  date: formatDateTime(round.schedule[PLANNED[next]], i18n.language),
                })
              : t('budget.officer.confirmPhase', {
                  phase: phaseText(t, next),
                  date: formatDateTime(round.schedule[PLANNED[next]], i18n.language),
                })}
          </p>
        </ConfirmStep>
      )}
      {next === 'results' && !confirming && <p className="utrecht-paragraph">{t('budget.officer.closeHint')}</p>}
    </section>
  );
}
