import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../app/api-context.ts';
import { saveBlob } from '../../lib/download.ts';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { budgetApi } from './budgeting.api.ts';

/** The audit file (the round with its anonymous ballots) and the count, and how to recount them yourself. */
export function AuditDownloads({ roundId, command }: { roundId: string; command: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const [failed, setFailed] = useState(false);
  const fileName = `budget-round-${roundId}`;
  const download = (get: () => Promise<Blob>, name: string) => () => {
    setFailed(false);
    get().then(
      (blob) => saveBlob(blob, name),
      () => setFailed(true),
    );
  };
  return (
    <section className="ws-section" aria-labelledby="audit-title">
      <h2 className="utrecht-heading-2" id="audit-title">
        {t('budget.audit.title')}
      </h2>
      <p className="utrecht-paragraph">{t('budget.audit.text')}</p>
      {failed && (
        <Alert type="error" live>
          {t('problem.unexpected')}
        </Alert>
      )}
      <div className="utrecht-button-group ws-button-row">
        <Button variant="secondary" onClick={download(() => budgetApi.pabulib(api, roundId), `${fileName}.pb`)}>
          {t('budget.audit.pabulib')}
        </Button>
        <Button
          variant="secondary"
          onClick={download(() => budgetApi.countJson(api, roundId), `${fileName}.count.json`)}
        >
          {t('budget.audit.json')}
        </Button>
      </div>
      <p className="utrecht-paragraph">{t('budget.audit.recount')}</p>
      <pre className="ws-code">
        <code data-testid="recount-command">{command}</code>
      </pre>
    </section>
  );
}
