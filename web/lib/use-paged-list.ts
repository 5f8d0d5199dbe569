import { useCallback, useEffect, useRef, useState } from 'react';

export interface PageOf<T> {
  items: T[];
  nextCursor: string | null;
}

export interface PagedList<T> {
  items: T[];
  hasMore: boolean;
  loading: boolean;
  loadingMore: boolean;
  error: unknown;
  loadMore(): Promise<void>;
  /** Change loaded items in place, e.g. after granting a role. */
  update(change: (items: T[]) => T[]): void;
}

/**
 * A next page exists only when the server gave a cursor and this page had items: an empty page
 * with a cursor (a filter applied after the query, say) must not leave a "Meer laden" that
 * loads nothing.
 */
function nextCursorOf<T>(page: PageOf<T>): string | null {
  return page.items.length > 0 ? page.nextCursor : null;
}

/**
 * Keyset pagination ("load more"): the first page loads whenever `key` changes (the filters),
 * later pages are appended with the server's opaque cursor.
 */
export function usePagedList<T>(
  fetchPage: (cursor: string | undefined) => Promise<PageOf<T>>,
  key: string,
): PagedList<T> {
  const fetchRef = useRef(fetchPage);
  fetchRef.current = fetchPage;
  const [items, setItems] = useState<T[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [loadingMore, setLoadingMore] = useState(false);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let current = true;
    setLoading(true);
    setError(null);
    fetchRef.current(undefined).then(
      (page) => {
        if (!current) return;
        setItems(page.items);
        setCursor(nextCursorOf(page));
        setLoading(false);
      },
      (failure: unknown) => {
        if (!current) return;
        setItems([]);
        setCursor(null);
        setError(failure);
        setLoading(false);
      },
    );
    return () => {
      current = false;
    };
  }, [key]);

  const loadMore = useCallback(async () => {
    if (!cursor || loadingMore) return;
    setLoadingMore(true);
    setError(null);
    try {
      const page = await fetchRef.current(cursor);
      setItems((previous) => [...previous, ...page.items]);
      setCursor(nextCursorOf(page));
    } catch (failure) {
      setError(failure);
    } finally {
      setLoadingMore(false);
    }
  }, [cursor, loadingMore]);

  return { items, hasMore: cursor !== null, loading, loadingMore, error, loadMore, update: setItems };
}
