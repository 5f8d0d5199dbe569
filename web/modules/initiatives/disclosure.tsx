import { useId, useState, type ReactNode } from 'react';

/** A button that shows and hides a panel (a form, a list), announced as expanded or collapsed. */
export function Disclosure({
  label,
  children,
  initiallyOpen = false,
}: {
  label: string;
  children: ReactNode;
  initiallyOpen?: boolean;
}) {
  const [open, setOpen] = useState(initiallyOpen);
  const panelId = useId();
  return (
    <div className="ws-disclosure-block">
      <button
        type="button"
        className="utrecht-button utrecht-button--secondary-action ws-disclosure"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
      >
        <span className="ws-disclosure__icon" aria-hidden="true" /> {label}
      </button>
      <div id={panelId} hidden={!open} className="ws-panel">
        {open && children}
      </div>
    </div>
  );
}
