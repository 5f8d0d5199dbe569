import { Suspense, useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { RouterProvider } from 'react-router/dom';
import { createI18n } from '../lib/i18n/i18n.ts';
import { storedLocale } from '../lib/i18n/locale-storage.ts';
import { createApiClient } from './api-client.ts';
import { ApiContext } from './api-context.ts';
import { createAppRouter } from './router.tsx';
import { SiteIdentityProvider } from '../modules/site/site-identity-provider.tsx';
import { SessionProvider } from './session-provider.tsx';

/** `shell`: the markup index.html painted before the JavaScript ran, shown while English loads. */
export function App({ shell = '' }: { shell?: string }) {
  const [i18n] = useState(() => createI18n(storedLocale()));
  const [api] = useState(() => createApiClient());
  const [router] = useState(() => createAppRouter());
  return (
    <I18nextProvider i18n={i18n}>
      {/* English is loaded on demand: until it is there, index.html's shell stays on screen. */}
      <Suspense fallback={<div dangerouslySetInnerHTML={{ __html: shell }} />}>
        <ApiContext.Provider value={api}>
          <SiteIdentityProvider>
            <SessionProvider>
              <RouterProvider router={router} />
            </SessionProvider>
          </SiteIdentityProvider>
        </ApiContext.Provider>
      </Suspense>
    </I18nextProvider>
  );
}
