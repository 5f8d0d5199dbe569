import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LinkedIdentity } from '../../../contracts/login-providers.ts';
import { useApi } from '../../app/api-context.ts';
import { formatDate } from '../../lib/format.ts';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { ConfirmButton } from '../../ui/confirm.tsx';
import { problemErrors } from '../../ui/form-errors.ts';
import { accountsApi } from './accounts.api.ts';
import { useLoginProviders } from './login-providers.tsx';

type Message = { type: 'ok' | 'error'; text: string } | null;

/** Mijn account: the log-in services linked to this account, to link another or unlink one. */
export function LinkedIdentitiesSection() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const providers = useLoginProviders();
  const [identities, setIdentities] = useState<LinkedIdentity[] | undefined>();
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<Message>(null);

  const load = useCallback(
    () =>
      accountsApi.linkedIdentities(api).then(
        (answer) => setIdentities(answer.items),
        () => setIdentities([]),
      ),
    [api],
  );
  useEffect(() => {
    void load();
  }, [load]);

  const fail = (error: unknown) =>
    setMessage({
      type: 'error',
      text: problemErrors(error, t, i18n, { fields: [] }).general ?? t('problem.unexpected'),
    });

  async function link(providerId: string) {
    setBusy(providerId);
    setMessage(null);
    try {
      window.location.assign((await accountsApi.startLink(api, providerId)).authorizationUrl);
    } catch (error) {
      fail(error);
      setBusy(null);
    }
  }

  async function unlink(identity: LinkedIdentity) {
    setBusy(identity.id);
    setMessage(null);
    try {
      await accountsApi.unlink(api, identity.id);
      setMessage({ type: 'ok', text: t('oidc.unlinked', { name: identity.providerName }) });
      await load();
    } catch (error) {
      fail(error);
    } finally {
      setBusy(null);
    }
  }

  if (providers.length === 0 && !identities?.length) return null;
  const unlinked = providers.filter((p) => !identities?.some((identity) => identity.providerId === p.id));

  return (
    <section className="ws-section" aria-labelledby="profile-providers">
      <h2 className="utrecht-heading-2" id="profile-providers">
        {t('oidc.linkedTitle')}
      </h2>
      <p className="utrecht-paragraph">{t('oidc.linkedText')}</p>
      {identities && identities.length === 0 && <p className="utrecht-paragraph">{t('oidc.none')}</p>}
      {identities && identities.length > 0 && (
        <ul className="ws-plain-list ws-after-form">
          {identities.map((identity) => (
            <li key={identity.id}>
              <p className="utrecht-paragraph">
                {t('oidc.linkedItem', {
                  name: identity.providerName,
                  date: formatDate(identity.linkedAt, i18n.language),
                })}
                {identity.email ? ` (${identity.email})` : ''}
                {identity.assuranceLevel && (
                  <>
                    <br />
                    {t('oidc.level', { level: identity.assuranceLevel })}
                  </>
                )}
              </p>
              <ConfirmButton
                label={t('oidc.unlink', { name: identity.providerName })}
                busy={busy === identity.id}
                title={t('confirm.unlink.title', { name: identity.providerName })}
                confirmLabel={t('confirm.unlink.yes')}
                onConfirm={() => unlink(identity)}
              >
                <p className="utrecht-paragraph">{t('confirm.unlink.text', { name: identity.providerName })}</p>
              </ConfirmButton>
            </li>
          ))}
        </ul>
      )}
      {unlinked.length > 0 && (
        <div className="utrecht-button-group ws-button-row ws-after-form">
          {unlinked.map((provider) => (
            <Button
              key={provider.id}
              variant="secondary"
              busy={busy === provider.id}
              busyLabel={t('app.loading')}
              onClick={() => void link(provider.id)}
            >
              {t('oidc.link', { name: provider.name })}
            </Button>
          ))}
        </div>
      )}
      {message && (
        <Alert type={message.type} live>
          {message.text}
        </Alert>
      )}
    </section>
  );
}
