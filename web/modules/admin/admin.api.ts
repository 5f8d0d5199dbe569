import type { z } from 'zod';
import type { AccountSummary, GrantRoleSchema } from '../../../contracts/accounts.ts';
import type { AuditEntry } from '../../../contracts/audit.ts';
import type { Role } from '../../../contracts/roles.ts';
import type { ApiClient } from '../../app/api-client.ts';
import type { PageOf } from '../../lib/use-paged-list.ts';

export const PAGE_SIZE = 20;

export interface AuditQuery {
  action?: string;
  actorId?: string;
  subjectId?: string;
  /** ISO date-times, `to` exclusive. */
  from?: string;
  to?: string;
}

export type RoleGrant = AccountSummary['roles'][number];

export const adminApi = {
  listAccounts: (api: ApiClient, filter: { q?: string; role?: Role | '' }, cursor?: string) =>
    api.get<PageOf<AccountSummary>>('/accounts', { ...filter, limit: PAGE_SIZE, cursor }),
  grantRole: (api: ApiClient, accountId: string, grant: z.input<typeof GrantRoleSchema>) =>
    api.post<RoleGrant>(`/accounts/${encodeURIComponent(accountId)}/roles`, grant),
  revokeRole: (api: ApiClient, accountId: string, grantId: string) =>
    api.delete<void>(`/accounts/${encodeURIComponent(accountId)}/roles/${encodeURIComponent(grantId)}`),
  auditLog: (api: ApiClient, query: AuditQuery, cursor?: string) =>
    api.get<PageOf<AuditEntry>>('/audit-log', { ...query, limit: PAGE_SIZE, cursor }),
};
