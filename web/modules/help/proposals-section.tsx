import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../app/api-context.ts';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
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
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <section className="ws-section" aria-labelledby="help-proposals">
      <h2 className="utrecht-heading-2" id="help-proposals">
        {t('help.proposalsTitle')}
      </h2>
      <p className="utrecht-paragraph">{t('help.proposalsLead')}</p>
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
            <p className="utrecht-paragraph">{t('help.score', { score: p.score })}</p>
            <ul className="utrecht-unordered-list">
              {p.reasons.map((r) => (
                <li key={r.code} className="utrecht-unordered-list__item">
                  {reasonText(t, (k) => i18n.exists(k), r)}
                </li>
              ))}
            </ul>
            <Button variant="secondary" onClick={() => void invite(p.helperId)}>
              {t('help.invite', { name: p.helperName })}
            </Button>
          </li>
        ))}
      </ol>
      {left.length > 0 && (
        <p className="utrecht-paragraph">
          {t('help.notProposed', {
            reasons: left
              .map((l) => `${l.count} × ${t(`help.exclusions.${l.code}` as 'help.exclusions.no-vog')}`)
              .join(', '),
          })}
        </p>
      )}
    </section>
  );
}
