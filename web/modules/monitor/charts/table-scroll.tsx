import type { ReactNode } from 'react';

/**
 * A wide table scrolls inside its own box on a narrow screen, so the page itself never scrolls
 * sideways (WCAG 1.4.10); the box takes focus so it can be scrolled by keyboard.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="ws-table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
