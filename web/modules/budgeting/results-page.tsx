import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { RoundResult } from '../../../contracts/budgeting-results.ts';
import { useApi } from '../../app/api-context.ts';
import { hasRole, useSession } from '../../app/session-context.ts';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { Page } from '../../ui/page.tsx';
import { budgetApi } from './budgeting.api.ts';
import { budgetPaths } from './budgeting.paths.ts';
import { OutcomeView } from './outcome-view.tsx';
import { useRound } from './use-round.ts';

/** The result: what is funded and, for every project, why it won or lost; with the audit files. */
export function ResultsPage() {
  const { t } = useTranslation();
  const api = useApi();
  const { me } = useSession();
  const roundId = useParams().roundId ?? '';
  const { round } = useRound(roundId);
  const [result, setResult] = useState<RoundResult | null>(null);
  const [requesting, setRequesting] = useState(false);
  const pending = result?.status === 'queued' || result?.status === 'running';

  useEffect(() => {
    let current = true;
    const load = () =>
      budgetApi.result(api, roundId).then(
        (loaded) => current && setResult(loaded),
        () => undefined,
      );
    void load();
    // The count runs in the background; look again every two seconds until it is done.
    const timer = pending ? setInterval(() => void load(), 2_000) : undefined;
    return () => {
      current = false;
      if (timer) clearInterval(timer);
    };
  }, [api, roundId, pending]);

  async function count() {
    setRequesting(true);
    try {
      setResult(await budgetApi.requestCount(api, roundId));
    } finally {
      setRequesting(false);
    }
  }

  const crumbs = [
    { to: budgetPaths.home, label: t('budget.title') },
    ...(round ? [{ to: budgetPaths.round(round.id), label: round.title }] : []),
  ];
  return (
    <Page
      title={round ? t('budget.results.title', { round: round.title }) : t('budget.results.titleShort')}
      crumbs={crumbs}
    >
      {result && result.status !== 'done' && (
        <Alert type={result.status === 'failed' ? 'error' : 'info'} live>
          {t(`budget.results.status.${result.status}` as 'budget.results.status.queued')}
          {/* The count's own message is for the civil servants who can start it again. */}
          {result.error && hasRole(me, 'civil_servant') && ` ${t('budget.results.technical', { error: result.error })}`}
        </Alert>
      )}
      {result &&
        (result.status === 'failed' || result.status === 'not-counted') &&
        round?.phase === 'results' &&
        hasRole(me, 'civil_servant') && (
          <Button busy={requesting} onClick={() => void count()}>
            {t('budget.results.countNow')}
          </Button>
        )}
      {result?.outcome && round && <OutcomeView round={round} outcome={result.outcome} />}
    </Page>
  );
}
