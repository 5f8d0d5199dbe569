import type { ReactNode } from 'react';
import { Link, type LinkProps } from 'react-router';

export function TextLink({ className, ...props }: LinkProps) {
  return <Link {...props} className={['utrecht-link', className ?? ''].filter(Boolean).join(' ')} />;
}

/** A link that looks like a button: for navigation that is a call to action. */
export function ButtonLink({
  variant = 'primary',
  children,
  ...props
}: LinkProps & { variant?: 'primary' | 'secondary'; children: ReactNode }) {
  return (
    <Link
      {...props}
      className={`utrecht-button-link utrecht-button-link--html-a utrecht-button-link--${variant === 'primary' ? 'primary' : 'secondary'}-action`}
    >
      {children}
    </Link>
  );
}
