import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation } from 'react-router';
import { LogoutButton } from '../modules/accounts/logout-button.tsx';
import { SiteLogo } from '../modules/site/site-logo.tsx';
import { LanguageSwitch } from './language-switch.tsx';
import { navItems } from './modules.ts';
import { useSession } from './session-context.ts';
import type { NavItem } from './web-module.ts';

function useVisibleItems(slot: NavItem['slot']): NavItem[] {
  const { me } = useSession();
  return navItems(slot).filter((item) => item.visible?.(me) ?? true);
}

function AccountNav() {
  const { t } = useTranslation();
  const { me } = useSession();
  const items = useVisibleItems('account');
  return (
    <nav className="ws-account-nav" aria-label={t('layout.accountNav')}>
      <ul className="ws-account-nav__list">
        {items.map((item) => (
          <li key={item.to}>
            <NavLink className="utrecht-link ws-account-nav__link" to={item.to} end={item.end ?? false}>
              {t(item.label)}
            </NavLink>
          </li>
        ))}
        {me && (
          <li>
            <LogoutButton />
          </li>
        )}
      </ul>
    </nav>
  );
}

/** Language and account links: top right on a wide screen, at the end of the folded menu on a phone. */
function HeaderTools({ className }: { className: string }) {
  return (
    <div className={className}>
      <LanguageSwitch />
      <AccountNav />
    </div>
  );
}

/**
 * The site menu; on a narrow screen it folds behind a Menu button beside the logo, with the
 * language and account links at its end, so the closed header takes one row of a phone.
 */
function MainNav() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const items = useVisibleItems('main');
  useEffect(() => setOpen(false), [pathname]);
  // Escape closes the open menu and puts focus back on its button, as in any disclosure menu.
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      toggle.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);

  return (
    <nav className="utrecht-nav-bar ws-nav" aria-label={t('layout.mainNav')}>
      <div className="utrecht-nav-bar__content ws-nav__content">
        <button
          ref={toggle}
          type="button"
          className="ws-nav__toggle"
          aria-expanded={open}
          aria-controls="hoofdmenu"
          onClick={() => setOpen(!open)}
        >
          <span className="ws-nav__toggle-icon" aria-hidden="true" />
          {t('layout.menu')}
        </button>
        <ul id="hoofdmenu" className={`utrecht-nav-list ws-nav__list${open ? ' ws-nav__list--open' : ''}`}>
          {items.map((item) => (
            <li key={item.to} className="utrecht-nav-list__item ws-nav__item">
              <NavLink className="utrecht-nav-list__link ws-nav__link" to={item.to} end={item.end ?? false}>
                {t(item.label)}
              </NavLink>
            </li>
          ))}
        </ul>
        {/* Shown only on a phone with the menu open (CSS); the wide screen has these in the header row. */}
        {open && <HeaderTools className="ws-nav__tools" />}
      </div>
    </nav>
  );
}

export function SiteHeader() {
  return (
    <header className="utrecht-page-header ws-header">
      <div className="utrecht-page-header__content ws-header__content">
        <SiteLogo />
        <HeaderTools className="ws-header__tools" />
      </div>
      <MainNav />
    </header>
  );
}
