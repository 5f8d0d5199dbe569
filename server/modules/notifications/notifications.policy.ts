import type { Access } from '../../../contracts/roles.ts';
import { ROLE_ADMINISTRATORS } from '../../http/scope.ts';

/**
 * Route-level access. Each resident reaches only their own notifications and choices (the service
 * filters by the caller); the unsubscribe link works without logging in, its signature is the
 * proof; the outbox is for administrators, each within their scope (mail-outbox.service.ts).
 */
export const notificationsAccess = {
  list: 'authenticated',
  markRead: 'authenticated',
  preferences: 'authenticated',
  choose: 'authenticated',
  unsubscribe: 'public',
  outbox: ROLE_ADMINISTRATORS,
} as const satisfies Record<string, Access>;
