import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../app/api-context.ts';
import { Alert } from '../../ui/alert.tsx';
import { formatNumber } from '../../lib/format.ts';
import { Button } from '../../ui/button.tsx';
import { problemText } from '../../ui/problem-text.ts';
import { helpApi, type Proposal } from './help.api.ts';
import { reasonText } from './help-texts.ts';

/** Helpers ranked by the platform, each with why; the asking side invites one. */
export function ProposalsSection({ requestId, onInvited }: { requestId: string; onInvited: () => void }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const [proposals, setProposals] = useState<Proposal[] | null>(null);
  const [left, setLeft] = useState<Array<{ code: string; count: number }>>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    helpApi.proposals(api, requestId).then(
      (list) => {
        setProposals(list.items);
        setLeft(list.notProposed);
      },
      () => setProposals([]),
    );
  }, [api, requestId]);

  const invite = async (helperId: string) => {
    setError(null);
    try {
      await helpApi.invite(api, requestId, helperId);
      onInvited();
    } catch (e) {
      setError(problemText(e, t, i18n));
    }
  };

  return (
    <section className="ws-section" aria-labelledby="help-proposals">
      <h2 className="utrecht-heading-2" id="help-proposals">
        {t('help.proposalsTitle')}
      </h2>
      <p className="utrecht-paragraph">{t('help.proposalsLead')}</p>
      <details>
        <summary>{t('help.matching.howTitle')}</summary>
        <p className="utrecht-paragraph">{t('help.matching.how')}</p>
        <p className="utrecht-paragraph">{t('help.matching.howOrder')}</p>
      </details>
      {error && (
        <Alert type="error" live>
          {error}
        </Alert>
      )}
      {proposals?.length === 0 && <p className="utrecht-paragraph">{t('help.noProposals')}</p>}
      <ol className="ws-card-list">
        {proposals?.map((p) => (
          <li key={p.helperId} className="ws-card">
            <h3 className="utrecht-heading-3">{p.helperName}</h3>
            <p className="utrecht-paragraph">
              <strong>{t('help.matching.points', { count: p.score })}</strong>
            </p>
            <ul className="utrecht-unordered-list" aria-label={t('help.matching.reasonsLabel', { name: p.helperName })}>
              {p.reasons.map((r) => (
                <li key={r.code} className="utrecht-unordered-list__item">
                  <strong>{signedPoints(r.points, i18n.language)}</strong> {reasonText(t, (k) => i18n.exists(k), r)}
                </li>
              ))}
            </ul>
            <Button variant="secondary" onClick={() => void invite(p.helperId)}>
              {t('help.invite', { name: p.helperName })}
            </Button>
          </li>
        ))}
      </ol>
      {left.length > 0 && <NotProposed left={left} />}
    </section>
  );
}

/** "+40", "−10": the points a reason adds, with a real minus sign. */
function signedPoints(points: number, language: string): string {
  const number = formatNumber(Math.abs(points), language);
  return points < 0 ? `−${number}` : `+${number}`;
}

/** Who was not proposed and why, largest group first, in sentences instead of "253 × code". */
function NotProposed({ left }: { left: Array<{ code: string; count: number }> }) {
  const { t, i18n } = useTranslation();
  const total = left.reduce((sum, l) => sum + l.count, 0);
  const sentence = (l: { code: string; count: number }) => {
    const key = `help.matching.left.${l.code}`;
    return i18n.exists(`${key}_one`) || i18n.exists(key)
      ? String(t(key as 'help.matching.left.declined', { count: l.count }))
      : `${l.count} × ${t(`help.exclusions.${l.code}` as 'help.exclusions.no-vog')}`;
  };
  return (
    <>
      <h3 className="utrecht-heading-3">{t('help.matching.notProposedTitle')}</h3>
      <p className="utrecht-paragraph">{t('help.matching.notProposedLead', { count: total })}</p>
      <ul className="utrecht-unordered-list">
        {left.map((l) => (
          <li key={l.code} className="utrecht-unordered-list__item">
            {sentence(l)}
          </li>
        ))}
      </ul>
    </>
  );
}
