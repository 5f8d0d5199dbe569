import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { API_BASE, toQueryString } from '../../../app/api-client.ts';
import { saveBlob } from '../../../lib/download.ts';
import { Alert } from '../../../ui/alert.tsx';
import { Button } from '../../../ui/button.tsx';
import { nextLink } from './next-link.ts';

/**
 * Every figure of the neighbourhoods as one CSV file: the API gives it a page at a time (the next
 * page in the Link header); the pages are joined under one header line.
 */
async function figuresCsv(parentId: string | undefined): Promise<string> {
  let url: string | null =
    `${API_BASE}/monitor/figures${toQueryString({ level: 'neighbourhood', parentId, limit: 100 })}`;
  const parts: string[] = [];
  for (let page = 0; url && page < 500; page += 1) {
    const response = await fetch(url, { headers: { Accept: 'text/csv' }, credentials: 'same-origin' });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const body = (await response.text()).replace(/^\uFEFF/, '').replace(/\r?\n$/, '');
    parts.push(page === 0 ? body : body.slice(body.search(/\r?\n/) + 1 || body.length));
    url = nextLink(response.headers.get('link'));
  }
  return `${parts.filter(Boolean).join('\r\n')}\r\n`;
}

export function OpenDataDownloads({ parentId, fileName }: { parentId: string | undefined; fileName: string }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  return (
    <div className="ws-button-row">
      <Button
        variant="secondary"
        busy={busy}
        busyLabel={t('monitor.about.csvBusy')}
        onClick={async () => {
          setBusy(true);
          setFailed(false);
          try {
            saveBlob(new Blob([await figuresCsv(parentId)], { type: 'text/csv;charset=utf-8' }), fileName);
          } catch {
            setFailed(true);
          } finally {
            setBusy(false);
          }
        }}
      >
        {t('monitor.about.csv')}
      </Button>
      {failed && (
        <Alert type="error" live>
          {t('monitor.loadError')}
        </Alert>
      )}
    </div>
  );
}
