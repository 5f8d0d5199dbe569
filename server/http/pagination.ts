import { badRequest } from './problem.ts';

/** A keyset position: the sort value of the last row seen and its id (the tie-breaker). */
export interface Keyset {
  sort: string | number;
  id: string;
}

export function encodeCursor(position: Keyset): string {
  return Buffer.from(JSON.stringify([position.sort, position.id])).toString('base64url');
}

export function decodeCursor(cursor: string | undefined): Keyset | undefined {
  if (cursor === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      (typeof value[0] === 'string' || typeof value[0] === 'number') &&
      typeof value[1] === 'string'
    ) {
      return { sort: value[0], id: value[1] };
    }
  } catch {
    // fall through to the problem below
  }
  throw badRequest('The cursor is not valid; use the nextCursor of a previous page.', [
    { name: 'query.cursor', reason: 'Not a cursor this API issued' },
  ]);
}

/**
 * Repositories fetch `limit + 1` rows; this trims the extra row and turns it into the next cursor.
 */
export function toPage<Row, Item>(
  rows: Row[],
  limit: number,
  keyOf: (row: Row) => Keyset,
  present: (row: Row) => Item,
): { items: Item[]; nextCursor: string | null } {
  const hasMore = rows.length > limit;
  const pageRows = hasMore ? rows.slice(0, limit) : rows;
  const last = pageRows[pageRows.length - 1];
  return {
    items: pageRows.map(present),
    nextCursor: hasMore && last !== undefined ? encodeCursor(keyOf(last)) : null,
  };
}
