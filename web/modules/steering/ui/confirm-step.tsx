import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/button.tsx';

/**
 * The question before an action that cannot be undone (accepting or refusing a challenge, a
 * clawback): what will happen, then "yes" or "cancel". The question takes focus when it appears.
 */
export function ConfirmStep({
  title,
  children,
  confirmLabel,
  busy,
  danger = false,
  onConfirm,
  onCancel,
}: {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  busy: boolean;
  danger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div className="ws-confirm ws-steering-confirm" role="group" aria-labelledby={headingId}>
      <h3 className="utrecht-heading-3" id={headingId} tabIndex={-1} ref={ref}>
        {title}
      </h3>
      {children}
      <div className="utrecht-button-group ws-button-row">
        <Button variant={danger ? 'danger' : 'primary'} busy={busy} busyLabel={t('common.saving')} onClick={onConfirm}>
          {confirmLabel}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </div>
  );
}
