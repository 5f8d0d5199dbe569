import type { Me } from '../../../contracts/accounts.ts';
import { hasRole } from '../../app/session-context.ts';

/** Steering officers and administrators steer; the server decides within which areas. */
export const steers = (me: Me | null): boolean => hasRole(me, 'steering_officer') || hasRole(me, 'administrator');
export const administers = (me: Me | null): boolean => hasRole(me, 'administrator');
