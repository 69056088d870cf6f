import { Component, type ErrorInfo, type ReactNode } from 'react';
import { t } from '../../lib/present/i18n';
import { StatusMessage } from './status-message';

interface Props {
  children: ReactNode;
  /** The sentence shown instead of the broken view. */
  message?: string;
}

/**
 * Last line of defence: a rendering bug shows a plain sentence instead of a
 * blank popup. (React only catches render errors in class components.)
 */
export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Visible in the extension's devtools; nothing leaves the machine.
    console.error('Policy Lens view failed', error, info.componentStack);
  }

  override render(): ReactNode {
    if (this.state.failed) {
      return (
        <StatusMessage tone="error">
          {this.props.message ?? t('viewFailed')}
        </StatusMessage>
      );
    }
    return this.props.children;
  }
}
