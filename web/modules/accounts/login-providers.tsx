import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import {
  loginProviderErrors,
  loginProviderOutcomes,
  type LoginProvider,
  type LoginProviderError,
  type LoginProviderOutcome,
} from '../../../contracts/login-providers.ts';
import { useApi } from '../../app/api-context.ts';
import { Alert } from '../../ui/alert.tsx';
import { accountsApi } from './accounts.api.ts';

/** The configured providers; none (and nothing shown) when they cannot be read. */
export function useLoginProviders(): LoginProvider[] {
  const api = useApi();
  const [providers, setProviders] = useState<LoginProvider[]>([]);
  useEffect(() => {
    let current = true;
    accountsApi.loginProviders(api).then(
      (answer) => current && setProviders(answer.items),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [api]);
  return providers;
}

/** "Inloggen met …": a plain link per provider, so it works like any other link (also without JavaScript). */
export function LoginProviderButtons({ returnTo }: { returnTo: string }) {
  const { t, i18n } = useTranslation();
  const providers = useLoginProviders();
  if (providers.length === 0) return null;
  return (
    <section className="ws-section" aria-labelledby="login-providers">
      <h2 className="utrecht-heading-2" id="login-providers">
        {t('oidc.providersTitle')}
      </h2>
      <ul className="ws-plain-list ws-button-row">
        {providers.map((provider) => (
          <li key={provider.id}>
            <a
              className="utrecht-button utrecht-button--secondary-action"
              href={accountsApi.providerLoginUrl(provider.id, {
                returnTo,
                locale: i18n.language === 'en' ? 'en' : 'nl',
              })}
            >
              {t('oidc.loginWith', { name: provider.name })}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * What the provider's answer did, from `?oidc=` or `?oidc-error=` on the page the server sent the
 * browser to. Announced to screen readers; only known codes are shown.
 */
export function LoginProviderNotice() {
  const { t } = useTranslation();
  const params = new URLSearchParams(useLocation().search);
  const error = params.get('oidc-error');
  const outcome = params.get('oidc');
  if (isOneOf(loginProviderErrors, error)) {
    return (
      <Alert type="error" live>
        {t(`oidc.error.${error}`)}
      </Alert>
    );
  }
  if (isOneOf(loginProviderOutcomes, outcome)) {
    return (
      <Alert type="ok" live>
        {t(`oidc.outcome.${outcome}`)}
      </Alert>
    );
  }
  return null;
}

function isOneOf<T extends LoginProviderError | LoginProviderOutcome>(
  known: readonly T[],
  value: string | null,
): value is T {
  return value !== null && (known as readonly string[]).includes(value);
}
