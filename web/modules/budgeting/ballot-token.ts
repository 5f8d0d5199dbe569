/**
 * The ballot token stays in this browser only: the server keeps just its hash and cannot tell
 * whose ballot is whose. Without it the ballot can no longer be changed.
 */
const key = (roundId: string) => `ws-ballot-token:${roundId}`;

export function savedBallotToken(roundId: string): string | null {
  try {
    return localStorage.getItem(key(roundId));
  } catch {
    return null;
  }
}

export function saveBallotToken(roundId: string, token: string): void {
  try {
    localStorage.setItem(key(roundId), token);
  } catch {
    // Private mode or storage full: the page shows the token to write down instead.
  }
}
