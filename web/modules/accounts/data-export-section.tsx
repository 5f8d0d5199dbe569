import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../app/api-context.ts';
import { saveBlob } from '../../lib/download.ts';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { problemErrors } from '../../ui/form-errors.ts';
import { accountsApi, EXPORT_FILE_NAME } from './accounts.api.ts';

type State = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done' } | { kind: 'failed'; message: string };

/** The AVG/GDPR right of access: everything we keep about you, as one JSON file. */
export function DataExportSection() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const [state, setState] = useState<State>({ kind: 'idle' });

  async function download() {
    setState({ kind: 'busy' });
    try {
      saveBlob(await accountsApi.exportData(api), EXPORT_FILE_NAME);
      setState({ kind: 'done' });
    } catch (error) {
      setState({
        kind: 'failed',
        message: problemErrors(error, t, i18n, { fields: [] }).general ?? t('problem.unexpected'),
      });
    }
  }

  return (
    <section className="ws-section" aria-labelledby="profile-export">
      <h2 className="utrecht-heading-2" id="profile-export">
        {t('profile.exportTitle')}
      </h2>
      <p className="utrecht-paragraph">{t('profile.exportText')}</p>
      <Button
        variant="secondary"
        busy={state.kind === 'busy'}
        busyLabel={t('profile.exportBusy')}
        onClick={() => void download()}
      >
        {t('profile.exportButton')}
      </Button>
      {state.kind === 'done' && (
        <Alert type="ok" live>
          {t('profile.exportDone', { file: EXPORT_FILE_NAME })}
        </Alert>
      )}
      {state.kind === 'failed' && (
        <Alert type="error" live>
          {state.message}
        </Alert>
      )}
    </section>
  );
}
