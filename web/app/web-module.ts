import type { ParseKeys } from 'i18next';
import type { RouteObject } from 'react-router';
import type { Me } from '../../contracts/accounts.ts';

export interface NavItem {
  to: string;
  /** A translation key, e.g. `nav.home`. */
  label: ParseKeys;
  /** `main`: the site menu; `account`: the corner with login and logout. */
  slot: 'main' | 'account';
  /** Lower comes first within its slot. */
  order: number;
  /** Who sees the link; everybody when absent. */
  visible?: (me: Me | null) => boolean;
  /** Only marked current on an exact match (for `/`). */
  end?: boolean;
}

/**
 * A front-end module mirrors a server domain: its routes and the menu links it contributes.
 * Register a new one in `web/app/modules.ts`.
 */
export interface WebModule {
  name: string;
  routes: RouteObject[];
  nav?: NavItem[];
}
