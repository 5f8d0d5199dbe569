import { readPersonal, writePersonal } from '../../lib/personal-storage.ts';

/**
 * The ballot token stays in this browser only, for the account that voted and until it logs out
 * (lib/personal-storage.ts): the server keeps just its hash and cannot tell whose ballot is whose.
 * Without it the ballot can no longer be changed, so the receipt asks to write it down.
 */
const name = (roundId: string) => `ballot-token.${roundId}`;

export function savedBallotToken(accountId: string | undefined, roundId: string): string | null {
  return accountId ? readPersonal(accountId, name(roundId)) : null;
}

export function saveBallotToken(accountId: string | undefined, roundId: string, token: string): void {
  if (accountId) writePersonal(accountId, name(roundId), token);
}
