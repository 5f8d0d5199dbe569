import type { ButtonHTMLAttributes, ReactNode, Ref } from 'react';

type Variant = 'primary' | 'secondary' | 'subtle' | 'danger';

const variantClass: Record<Variant, string> = {
  primary: 'utrecht-button--primary-action',
  secondary: 'utrecht-button--secondary-action',
  subtle: 'utrecht-button--subtle',
  danger: 'utrecht-button--primary-action ws-button--danger',
};

/**
 * While busy the button stays focusable (aria-disabled, not disabled), so keyboard focus is not
 * lost mid-submit; the click is ignored instead.
 */
export function Button({
  variant = 'primary',
  busy = false,
  busyLabel,
  children,
  className,
  onClick,
  type = 'button',
  ...rest
}: ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: Variant;
  busy?: boolean;
  busyLabel?: string;
  children: ReactNode;
  /** React 19 passes a ref as a prop; it reaches the <button> with the rest (focus after a confirm step). */
  ref?: Ref<HTMLButtonElement>;
}) {
  const classes = ['utrecht-button', variantClass[variant], busy ? 'utrecht-button--busy' : '', className ?? '']
    .filter(Boolean)
    .join(' ');
  return (
    <button
      {...rest}
      type={type}
      className={classes}
      aria-disabled={busy || undefined}
      onClick={(event) => {
        if (busy) {
          event.preventDefault();
          return;
        }
        onClick?.(event);
      }}
    >
      {busy && busyLabel ? busyLabel : children}
    </button>
  );
}
