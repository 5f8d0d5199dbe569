import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { Proposal } from '../../../contracts/budgeting.ts';
import { useApi } from '../../app/api-context.ts';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { hasErrors, noErrors, type FormErrors } from '../../ui/form-errors.ts';
import { Page } from '../../ui/page.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { BallotChoices } from './ballot-choices.tsx';
import { ballotErrors, ballotProblem } from './ballot-problems.ts';
import { budgetApi, ballotProjects } from './budgeting.api.ts';
import { budgetPaths } from './budgeting.paths.ts';
import { useRound } from './use-round.ts';

/** Typing in paper ballots from a voting location, one by one; they count like online ones. */
export function PaperBallotPage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const roundId = useParams().roundId ?? '';
  const { round } = useRound(roundId);
  const [projects, setProjects] = useState<Proposal[]>([]);
  const [selected, setSelected] = useState<string[]>([]);
  const [location, setLocation] = useState('');
  const [entered, setEntered] = useState(0);
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [busy, setBusy] = useState(false);
  useEffect(() => void ballotProjects(api, roundId).then(setProjects, () => undefined), [api, roundId]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!round || busy) return;
    const local = ballotErrors(t, i18n.language, round, projects, selected);
    setErrors(local);
    if (hasErrors(local)) return;
    setBusy(true);
    try {
      await budgetApi.paper(api, roundId, { projectIds: selected, location });
      setEntered((n) => n + 1);
      setSelected([]);
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
  return (
    <Page title={t('budget.paper.title')} lead={t('budget.paper.lead')} crumbs={crumbs}>
      {entered > 0 && (
        <Alert type="ok" live>
          {t('budget.paper.entered', { count: entered })}
        </Alert>
      )}
      {round && (
        <form className="ws-form" noValidate onSubmit={(event) => void submit(event)}>
          <ErrorSummary
            errors={errors}
            labels={{ ballot: t('budget.ballot.legend'), location: t('budget.paper.location') }}
          />
          <TextField
            name="location"
            label={t('budget.paper.location')}
            value={location}
            onValue={setLocation}
            optional
          />
          <BallotChoices round={round} projects={projects} selected={selected} onChange={setSelected} />
          <Button type="submit" busy={busy} busyLabel={t('common.saving')}>
            {t('budget.paper.submit')}
          </Button>
        </form>
      )}
    </Page>
  );
}
