import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DemoAccounts, DemoLetterCode as Code } from '../../../contracts/demo.ts';
import { useApi } from '../../app/api-context.ts';
import { useSession } from '../../app/session-context.ts';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { problemText } from '../../ui/problem-text.ts';
import './demo.css';

/**
 * In demo mode only: a button that asks the server for a fresh one-time letter code for the
 * visitor's neighbourhood, so everyone can try verifying. Outside demo mode GET /demo-accounts
 * lists no accounts and nothing is shown.
 */
export function DemoLetterCode({ onCode }: { onCode: (code: string) => void }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const { me } = useSession();
  const [demo, setDemo] = useState(false);
  const [busy, setBusy] = useState(false);
  const [code, setCode] = useState<Code | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    // Demo mode is when there are demo accounts to show (outside it the list is empty, or a 404).
    api.get<DemoAccounts>('/demo-accounts').then(
      (answer) => current && setDemo(answer.accounts.length > 0),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [api]);
  if (!demo) return null;

  async function ask() {
    setBusy(true);
    setError(null);
    try {
      const issued = await api.post<Code>('/demo/letter-codes', me?.homeAreaId ? { areaId: me.homeAreaId } : {});
      setCode(issued);
      onCode(issued.code);
    } catch (problem) {
      setError(problemText(problem, t, i18n));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="ws-demo-code" aria-labelledby="demo-code-title" role="group">
      <h3 className="utrecht-heading-3" id="demo-code-title">
        {t('demo.freshCode.title')}
      </h3>
      <p className="utrecht-paragraph">{t('demo.freshCode.text')}</p>
      <Button variant="secondary" busy={busy} busyLabel={t('app.loading')} onClick={() => void ask()}>
        {t('demo.freshCode.button')}
      </Button>
      {code && (
        <Alert type="info" live>
          {t('demo.freshCode.code', { code: code.code, area: code.areaName })}
        </Alert>
      )}
      {error && (
        <Alert type="error" live>
          {error}
        </Alert>
      )}
    </div>
  );
}
