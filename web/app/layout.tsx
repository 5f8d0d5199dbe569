import { Suspense, useEffect, useRef, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { Alert } from '../ui/alert.tsx';
import type { NoticeState } from './notice.ts';
import { SiteFooter } from './site-footer.tsx';
import { SiteHeader } from './site-header.tsx';
import { useSession } from './session-context.ts';

export const MAIN_ID = 'inhoud';

/**
 * After a client-side navigation, focus goes to the new page's h1, as it would on a full page
 * load for a screen reader; changes of only the query string (filters) keep focus where it is.
 */
function useFocusOnNavigation(): void {
  const { pathname } = useLocation();
  // The path focus was last settled for: an effect that runs again for the same path (React
  // re-runs effects when a suspended tree shows again) is no navigation, and must not move focus.
  const settled = useRef(pathname);
  useEffect(() => {
    if (settled.current === pathname) return;
    settled.current = pathname;
    const heading = document.querySelector<HTMLElement>(`#${MAIN_ID} [data-page-heading]`);
    (heading ?? document.getElementById(MAIN_ID))?.focus();
  }, [pathname]);
}

function skipToContent(event: MouseEvent<HTMLAnchorElement>): void {
  // Focus main without touching the URL fragment (the password-reset page keeps its token there).
  event.preventDefault();
  const main = document.getElementById(MAIN_ID);
  main?.focus();
  main?.scrollIntoView();
}

/** While a page's code loads (each page is a chunk of its own). */
function PageLoading() {
  const { t } = useTranslation();
  return (
    <p className="utrecht-paragraph" role="status">
      {t('app.loading')}
    </p>
  );
}

export function Layout() {
  const { t } = useTranslation();
  const location = useLocation();
  const { ready } = useSession();
  const state = location.state as NoticeState | null;
  useFocusOnNavigation();

  return (
    <div className="utrecht-page-layout ws-page">
      <a
        className="utrecht-skip-link utrecht-skip-link--visible-on-focus ws-skip-link"
        href={`#${MAIN_ID}`}
        onClick={skipToContent}
      >
        {t('layout.skipLink')}
      </a>
      <SiteHeader />
      <main id={MAIN_ID} tabIndex={-1} className="utrecht-page-body ws-main">
        <div className="utrecht-page-body__content ws-main__content">
          {state?.notice && (
            <Alert type={state.noticeType ?? 'ok'} live>
              {t(state.notice)}
            </Alert>
          )}
          {ready ? (
            <Suspense fallback={<PageLoading />}>
              <Outlet />
            </Suspense>
          ) : (
            <p className="utrecht-paragraph" role="status">
              {t('app.loading')}
            </p>
          )}
        </div>
      </main>
      <SiteFooter />
    </div>
  );
}
