import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './confirm.css';
import { Alert } from './alert.tsx';
import { Button } from './button.tsx';
import { problemErrors } from './form-errors.ts';

export interface ConfirmStepProps {
  /** The question, e.g. "Stemmen nu sluiten?" */
  title: string;
  /** What will happen, in plain words (and whether it can be undone). */
  children: ReactNode;
  /** The button that does it, e.g. "Ja, sluit en tel". */
  confirmLabel: string;
  busy?: boolean;
  /** Red for what destroys or takes away (delete, revoke, withdraw); the primary colour otherwise. */
  danger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  /** The question is a heading one level below the section it stands in (3 unless said). */
  headingLevel?: 2 | 3 | 4 | 5;
}

/**
 * The question before an action that cannot be undone, in the page where the action was asked
 * for: a group named by its question, which takes focus when it appears, says what will happen,
 * and offers "yes" and "cancel". Escape cancels, as it would close a dialog.
 */
export function ConfirmStep({
  title,
  children,
  confirmLabel,
  busy = false,
  danger = false,
  onConfirm,
  onCancel,
  headingLevel = 3,
}: ConfirmStepProps) {
  const Heading = `h${headingLevel}` as const;
  const { t } = useTranslation();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  // Where focus was when the question appeared (the button that asked), to go back there on "cancel".
  const before = useRef<Element | null>(null);
  useEffect(() => {
    before.current = document.activeElement;
    heading.current?.focus();
  }, []);
  const cancel = () => {
    onCancel();
    requestAnimationFrame(() => {
      if (before.current instanceof HTMLElement && before.current.isConnected) before.current.focus();
    });
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Escape' || busy) return;
    event.stopPropagation();
    cancel();
  };
  return (
    <div className="ws-confirm" role="group" aria-labelledby={headingId} onKeyDown={onKeyDown}>
      <Heading className="ws-confirm__title" id={headingId} tabIndex={-1} ref={heading}>
        {title}
      </Heading>
      <div className="ws-confirm__text">{children}</div>
      <div className="utrecht-button-group ws-button-row">
        <Button variant={danger ? 'danger' : 'primary'} busy={busy} busyLabel={t('confirm.busy')} onClick={onConfirm}>
          {confirmLabel}
        </Button>
        <Button variant="secondary" onClick={busy ? undefined : cancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </div>
  );
}

/**
 * A button for an action that cannot be undone (cancel, delete, revoke, withdraw, close…): a
 * click first asks, in place of the button, with `ConfirmStep`. Cancelling puts focus back on the
 * button; the step stays while the action runs and closes when it is done. When the action fails
 * (its promise rejects), the reason is shown beside the button in the reader's language.
 */
export function ConfirmButton({
  label,
  variant = 'secondary',
  danger = true,
  busy = false,
  title,
  children,
  confirmLabel,
  headingLevel,
  onConfirm,
}: {
  /** The button's own text, e.g. "Verzoek intrekken" (with hidden words saying which, in a list). */
  label: ReactNode;
  variant?: 'primary' | 'secondary' | 'subtle' | 'danger';
  danger?: boolean;
  busy?: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  headingLevel?: ConfirmStepProps['headingLevel'];
  /** The action; the step closes when its promise settles. */
  onConfirm: () => Promise<unknown> | void;
}) {
  const [asking, setAsking] = useState(false);
  const { t, i18n } = useTranslation();
  const [running, setRunning] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  useEffect(() => {
    if (asking || !returnFocus.current) return;
    returnFocus.current = false;
    trigger.current?.focus();
  }, [asking]);

  const close = () => {
    returnFocus.current = true;
    setAsking(false);
  };

  if (!asking)
    return (
      <>
        <Button
          ref={trigger}
          variant={variant}
          busy={busy}
          onClick={() => {
            setFailure(null);
            setAsking(true);
          }}
        >
          {label}
        </Button>
        {failure && (
          <Alert type="error" live>
            {failure}
          </Alert>
        )}
      </>
    );
  return (
    <ConfirmStep
      title={title}
      confirmLabel={confirmLabel}
      danger={danger}
      headingLevel={headingLevel}
      busy={busy || running}
      onCancel={close}
      onConfirm={() => {
        setRunning(true);
        void Promise.resolve()
          .then(onConfirm)
          .catch((error: unknown) =>
            setFailure(problemErrors(error, t, i18n, { fields: [] }).general ?? t('problem.unexpected')),
          )
          .finally(() => {
            setRunning(false);
            close();
          });
      }}
    >
      {children}
    </ConfirmStep>
  );
}
