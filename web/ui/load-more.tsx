import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './button.tsx';

/**
 * "Load more" with a spoken count. When the last page arrives the button goes away, so focus
 * moves to the closing line instead of falling back to the top of the page.
 */
export function LoadMore({
  hasMore,
  loading,
  onLoadMore,
  shown,
  end,
}: {
  hasMore: boolean;
  loading: boolean;
  onLoadMore: () => void;
  shown: string;
  end: string;
}) {
  const { t } = useTranslation();
  const endRef = useRef<HTMLParagraphElement>(null);
  const [clicked, setClicked] = useState(false);

  useEffect(() => {
    if (!hasMore && clicked) endRef.current?.focus();
  }, [hasMore, clicked]);

  return (
    <div className="ws-load-more">
      <p className="utrecht-paragraph ws-load-more__count" role="status">
        {shown}
      </p>
      {hasMore && (
        <Button
          variant="secondary"
          busy={loading}
          busyLabel={t('common.loadingMore')}
          onClick={() => {
            setClicked(true);
            onLoadMore();
          }}
        >
          {t('common.loadMore')}
        </Button>
      )}
      {/* Only after paging: on a single page the count above already says it all. */}
      {!hasMore && clicked && (
        <p ref={endRef} tabIndex={-1} className="utrecht-paragraph ws-load-more__end">
          {end}
        </p>
      )}
    </div>
  );
}
