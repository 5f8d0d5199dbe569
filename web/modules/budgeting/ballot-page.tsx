import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { Ballot, BallotReceipt, Participation } from '../../../contracts/budgeting-ballots.ts';
import type { Proposal } from '../../../contracts/budgeting.ts';
import { useApi } from '../../app/api-context.ts';
import { useSession } from '../../app/session-context.ts';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { hasErrors, noErrors, type FormErrors } from '../../ui/form-errors.ts';
import { Page } from '../../ui/page.tsx';
import { BallotChoices } from './ballot-choices.tsx';
import { ballotErrors, ballotProblem } from './ballot-problems.ts';
import { BallotSummary } from './ballot-receipt.tsx';
import { saveBallotToken, savedBallotToken } from './ballot-token.ts';
import { budgetApi, ballotProjects } from './budgeting.api.ts';
import { budgetPaths } from './budgeting.paths.ts';
import { TokenLookup } from './token-lookup.tsx';
import { useRound } from './use-round.ts';

/** Voting: one secret ballot; the token in this browser lets you see and change it until voting closes. */
export function BallotPage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const roundId = useParams().roundId ?? '';
  const accountId = useSession().me?.id;
  const { round } = useRound(roundId);
  const [projects, setProjects] = useState<Proposal[]>([]);
  const [participation, setParticipation] = useState<Participation | null>(null);
  const [selected, setSelected] = useState<string[]>([]);
  const [confirmAge, setConfirmAge] = useState(false);
  const [ballot, setBallot] = useState<Ballot | null>(null);
  const [receipt, setReceipt] = useState<BallotReceipt | null>(null);
  const [token, setToken] = useState<string | null>(() => savedBallotToken(accountId, roundId));
  const [editing, setEditing] = useState(false);
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void ballotProjects(api, roundId).then(setProjects, () => undefined);
    void budgetApi.participation(api, roundId).then(setParticipation, () => undefined);
  }, [api, roundId]);
  useEffect(() => {
    if (token) void budgetApi.lookUp(api, roundId, token).then(setBallot, () => undefined);
  }, [api, roundId, token]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy || !round) return;
    const local = ballotErrors(t, i18n.language, round, projects, selected);
    if (!hasErrors(local) && round.eligibility.minimumAge !== null && !ballot && !confirmAge)
      local.fields.confirmAge = t('budget.ballot.problem.confirmAge');
    setErrors(local);
    if (hasErrors(local)) return;
    setBusy(true);
    try {
      if (ballot && token) {
        setBallot(await budgetApi.change(api, roundId, token, selected));
        setReceipt(null);
      } else {
        const cast = await budgetApi.cast(api, roundId, selected, confirmAge);
        saveBallotToken(accountId, roundId, cast.token);
        setToken(cast.token);
        setBallot(cast);
        setReceipt(cast);
        setParticipation((p) => (p ? { ...p, hasVoted: true } : p));
      }
      setEditing(false);
    } catch (error) {
      setErrors(ballotProblem(error, t, i18n));
    } finally {
      setBusy(false);
    }
  }

  const crumbs = [
    { to: budgetPaths.home, label: t('budget.title') },
    ...(round ? [{ to: budgetPaths.round(round.id), label: round.title }] : []),
  ];
  if (!round || !participation) return <Page title={t('budget.ballot.title')} crumbs={crumbs} />;
  const open = round.phase === 'voting';
  const showForm = open && participation.eligible && (!participation.hasVoted || (ballot !== null && editing));

  return (
    <Page title={t('budget.ballot.title')} lead={t('budget.ballot.lead', { round: round.title })} crumbs={crumbs}>
      {!open && (
        <Alert type="info">{round.phase === 'results' ? t('budget.ballot.closed') : t('budget.ballot.notYet')}</Alert>
      )}
      {open && !participation.eligible && (
        <Alert type="warning">
          {t(
            `budget.ballot.ineligible.${participation.reason ?? 'not-verified'}` as 'budget.ballot.ineligible.not-verified',
          )}
        </Alert>
      )}
      {ballot && !editing && <BallotSummary ballot={ballot} projects={projects} receipt={receipt} />}
      {ballot && !editing && open && (
        <Button
          variant="secondary"
          onClick={() => {
            setSelected(ballot.projectIds);
            setEditing(true);
          }}
        >
          {t('budget.ballot.change')}
        </Button>
      )}
      {participation.hasVoted && !ballot && (
        <TokenLookup
          roundId={roundId}
          onFound={(found, typed) => {
            saveBallotToken(accountId, roundId, typed);
            setToken(typed);
            setBallot(found);
          }}
        />
      )}
      {showForm && (
        <form className="ws-form ws-ballot-form" noValidate onSubmit={(event) => void submit(event)}>
          <ErrorSummary
            errors={errors}
            labels={{ ballot: t('budget.ballot.legend'), confirmAge: t('budget.ballot.confirmAgeLabel') }}
          />
          <p className="utrecht-paragraph">{t('budget.ballot.secret')}</p>
          <BallotChoices
            round={round}
            projects={projects}
            selected={selected}
            onChange={(ids) => {
              setSelected(ids);
              setErrors(noErrors);
            }}
          />
          {round.eligibility.minimumAge !== null && !ballot && (
            <label className="utrecht-form-label ws-check">
              <input
                id="confirmAge"
                type="checkbox"
                className="utrecht-checkbox"
                checked={confirmAge}
                onChange={(e) => setConfirmAge(e.target.checked)}
              />{' '}
              {t('budget.ballot.confirmAge', { age: round.eligibility.minimumAge })}
            </label>
          )}
          <div className="ws-form__actions">
            <Button type="submit" busy={busy} busyLabel={t('common.saving')}>
              {ballot ? t('budget.ballot.saveChange') : t('budget.ballot.submit')}
            </Button>
            {editing && (
              <Button variant="subtle" onClick={() => setEditing(false)}>
                {t('common.cancel')}
              </Button>
            )}
          </div>
        </form>
      )}
    </Page>
  );
}
