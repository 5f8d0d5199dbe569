import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SiteIdentity } from '../../../contracts/site.ts';
import { useApi } from '../../app/api-context.ts';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { problemText } from '../../ui/problem-text.ts';
import { FieldShell } from '../../ui/text-field.tsx';
import { contrastProblems, contrastText } from './contrast-problems.ts';
import { siteApi } from './site.api.ts';
import { useSiteIdentity } from '../../app/site-identity.ts';

type Outcome =
  { kind: 'saved'; count: number; skipped: string[] } | { kind: 'cleared' } | { kind: 'error'; messages: string[] };

/**
 * A NL Design System tokens file (JSON, as a municipality's theme package publishes it): its tokens
 * become CSS custom properties. Pairs of text on a background below WCAG AA are refused.
 */
export function TokensForm({ identity }: { identity: SiteIdentity }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const { adopt } = useSiteIdentity();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    if (!file) return setOutcome({ kind: 'error', messages: [t('site.tokens.chooseFile')] });
    let tokens: Record<string, unknown>;
    try {
      const parsed: unknown = JSON.parse(await file.text());
      if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not an object');
      tokens = parsed as Record<string, unknown>;
    } catch {
      return setOutcome({ kind: 'error', messages: [t('site.tokens.notJson')] });
    }
    setBusy(true);
    try {
      const result = await siteApi.setDesignTokens(api, tokens);
      adopt(result.identity);
      setOutcome({ kind: 'saved', count: result.identity.designTokens, skipped: result.skipped.map((s) => s.name) });
    } catch (error) {
      const problems = contrastProblems(error);
      setOutcome({
        kind: 'error',
        messages: problems
          ? problems.map((p) => `${p.name.replace(/^tokens\./, '--')}: ${contrastText(p, t, i18n.language)}`)
          : [problemText(error, t, i18n)],
      });
    } finally {
      setBusy(false);
    }
  }

  async function clear() {
    setBusy(true);
    try {
      adopt(await siteApi.clearDesignTokens(api));
      setOutcome({ kind: 'cleared' });
    } catch (error) {
      setOutcome({ kind: 'error', messages: [problemText(error, t, i18n)] });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="ws-form" noValidate onSubmit={(event) => void submit(event)}>
      <p className="utrecht-paragraph">
        {identity.designTokens > 0 ? t('site.tokens.inUse', { count: identity.designTokens }) : t('site.tokens.none')}
      </p>
      <FieldShell id="tokens-file" label={t('site.tokens.file')} description={t('site.tokens.fileHint')}>
        {(describedBy) => (
          <input
            id="tokens-file"
            name="tokens-file"
            type="file"
            accept="application/json,.json"
            aria-describedby={describedBy}
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
        )}
      </FieldShell>
      <div className="ws-form__actions">
        <Button type="submit" busy={busy} busyLabel={t('common.saving')}>
          {t('site.tokens.use')}
        </Button>
        {identity.designTokens > 0 && (
          <Button variant="secondary" onClick={() => void clear()}>
            {t('site.tokens.clear')}
          </Button>
        )}
      </div>
      {outcome?.kind === 'saved' && (
        <Alert type="ok" live>
          {t('site.tokens.saved', { count: outcome.count })}
          {outcome.skipped.length > 0 && ` ${t('site.tokens.skipped', { names: outcome.skipped.join(', ') })}`}
        </Alert>
      )}
      {outcome?.kind === 'cleared' && (
        <Alert type="ok" live>
          {t('site.tokens.cleared')}
        </Alert>
      )}
      {outcome?.kind === 'error' && (
        <Alert type="error" live>
          {outcome.messages.length === 1 ? (
            outcome.messages[0]
          ) : (
            <ul className="utrecht-unordered-list">
              {outcome.messages.map((message) => (
                <li key={message} className="utrecht-unordered-list__item">
                  {message}
                </li>
              ))}
            </ul>
          )}
        </Alert>
      )}
    </form>
  );
}
