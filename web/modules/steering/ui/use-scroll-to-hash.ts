import { useEffect } from 'react';
import { useLocation } from 'react-router';
import type { PagedList } from '../../../lib/use-paged-list.ts';

/** How long to wait for a section that loads after its page (responses, milestones) to show the target. */
const TRIES = 100;
const INTERVAL_MS = 100;

/**
 * Opens the page at the element the URL's fragment names (a worklist item's response, grant or
 * milestone) once the page is `ready`: scrolled into view and focused, so keyboard and screen-reader
 * users start there too. The router does not do this, and the target often arrives after the page.
 */
export function useScrollToHash(ready: boolean): void {
  const { hash } = useLocation();
  useEffect(() => {
    if (!ready || hash.length < 2) return;
    const id = decodeURIComponent(hash.slice(1));
    let tries = 0;
    let timer: number | undefined;
    const open = () => {
      const target = document.getElementById(id);
      if (target) {
        if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
        target.focus({ preventScroll: true });
        target.scrollIntoView({ block: 'start' });
      } else if (++tries < TRIES) timer = window.setTimeout(open, INTERVAL_MS);
    };
    open();
    return () => window.clearTimeout(timer);
  }, [ready, hash]);
}

/**
 * Loads further pages of a list until the item the URL's fragment names is on the page (a worklist
 * link to a response or milestone beyond the first page), so `useScrollToHash` can open it.
 */
export function useLoadUntilAnchor<T extends { id: string }>(
  list: Pick<PagedList<T>, 'items' | 'hasMore' | 'loading' | 'loadingMore' | 'loadMore'>,
  anchorOf: (id: string) => string,
): void {
  const { hash } = useLocation();
  const { items, hasMore, loading, loadingMore, loadMore } = list;
  useEffect(() => {
    const wanted = decodeURIComponent(hash.slice(1));
    if (!wanted || loading || loadingMore || !hasMore) return;
    // Only a fragment of this list's kind, and only while its item is not shown yet.
    if (!wanted.startsWith(anchorOf('')) || items.some((item) => anchorOf(item.id) === wanted)) return;
    void loadMore();
  }, [hash, items, hasMore, loading, loadingMore, loadMore, anchorOf]);
}
