import type { AccountsPort } from '../accounts/accounts.port.ts';

/** Names for the account ids on a page; nulls (residents without an account) are skipped. */
export function namesOf(
  accounts: Pick<AccountsPort, 'displayNames'>,
  accountIds: Iterable<string | null>,
): Promise<Map<string, string>> {
  return accounts.displayNames([...new Set([...accountIds].filter((id): id is string => id !== null))]);
}

export function personRef(names: Map<string, string>, id: string): { id: string; displayName: string } {
  return { id, displayName: names.get(id) ?? 'Onbekend' };
}
