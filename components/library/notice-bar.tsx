import { t } from '../../lib/present/i18n';

export interface Notice {
  kind: 'info' | 'error' | 'busy';
  message: string;
  /** Offered as an "Undo" button next to the message. */
  undo?: () => void;
  /** The trash rows this notice's Undo would restore: emptied once the notice goes away. */
  trash?: number[];
}

/**
 * The one place the library reports what just happened (imported, deleted,
 * failed). Errors are alerts; the rest is announced politely.
 */
export function NoticeBar({ notice, onClose }: { notice: Notice | null; onClose: () => void }) {
  return (
    <div className="notice-area" aria-live="polite">
      {notice && (
        <div className={`notice notice-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'} data-testid="notice">
          <span className="notice-message">{notice.message}</span>
          {notice.undo && (
            <button type="button" className="button" onClick={notice.undo}>
              {t('undo')}
            </button>
          )}
          {notice.kind !== 'busy' && (
            <button type="button" className="button button-quiet" aria-label={t('dismissMessage')} onClick={onClose}>
              ✕
            </button>
          )}
        </div>
      )}
    </div>
  );
}
