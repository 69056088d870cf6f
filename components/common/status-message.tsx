import type { ReactNode } from 'react';

export type StatusTone = 'info' | 'busy' | 'error';

/**
 * One plain sentence about the state of things, announced to screen readers
 * (`status` politely, `alert` for errors), with optional actions below it.
 */
export function StatusMessage({
  tone = 'info',
  children,
  actions,
}: {
  tone?: StatusTone;
  children: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <div className={`status status--${tone}`} role={tone === 'error' ? 'alert' : 'status'} aria-busy={tone === 'busy' || undefined}>
      {tone === 'busy' && <span className="status__spinner" aria-hidden="true" />}
      <p className="status__text">{children}</p>
      {actions && <div className="status__actions">{actions}</div>}
    </div>
  );
}
