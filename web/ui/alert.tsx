import type { ReactNode, Ref } from 'react';

export type AlertType = 'info' | 'ok' | 'warning' | 'error';

/**
 * A message box. `live` makes screen readers announce it when it appears (role=status,
 * or role=alert for errors); leave it off for text that is there from the start.
 */
export function Alert({
  type = 'info',
  live = false,
  ref,
  children,
}: {
  type?: AlertType;
  live?: boolean;
  ref?: Ref<HTMLDivElement>;
  children: ReactNode;
}) {
  const role = live ? (type === 'error' ? 'alert' : 'status') : undefined;
  return (
    <div ref={ref} className={`utrecht-alert utrecht-alert--${type} ws-alert`} role={role}>
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">{children}</div>
      </div>
    </div>
  );
}
