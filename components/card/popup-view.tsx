import { ErrorBoundary } from '@/components/common/error-boundary';
import { t } from '../../lib/present/i18n';
import { AnalysisView } from './analysis-view';
import type { QuoteOnPage } from '@/lib/messages/client';
import { useTabAnalysis, type Analyze, type ConfirmSave } from './use-tab-analysis';

/**
 * The whole popup: a header with the library link, then the analysis of
 * the tab. Everything browser-specific comes in as props.
 */
export function PopupView({
  analyze,
  confirmSave,
  onOpenLibrary,
  onOpenPolicyLink,
  onShowQuote,
}: {
  analyze: Analyze;
  /** Asks how the save of a card answered before it was written ended. */
  confirmSave?: ConfirmSave;
  onOpenLibrary: () => void;
  onOpenPolicyLink?: (url: string) => void;
  onShowQuote?: (quote: QuoteOnPage) => Promise<boolean>;
}) {
  return (
    <div className="popup">
      <header className="popup__bar">
        <span className="popup__brand">{t('popupBrand')}</span>
        <button type="button" className="button popup__library" onClick={onOpenLibrary}>
          {t('openLibrary')}
        </button>
      </header>
      <main className="popup__body">
        <ErrorBoundary>
          <PopupAnalysis analyze={analyze} confirmSave={confirmSave} onOpenPolicyLink={onOpenPolicyLink} onShowQuote={onShowQuote} />
        </ErrorBoundary>
      </main>
    </div>
  );
}

function PopupAnalysis({
  analyze,
  confirmSave,
  onOpenPolicyLink,
  onShowQuote,
}: {
  analyze: Analyze;
  confirmSave?: ConfirmSave;
  onOpenPolicyLink?: (url: string) => void;
  onShowQuote?: (quote: QuoteOnPage) => Promise<boolean>;
}) {
  const { state, analyseAnyway } = useTabAnalysis(analyze, confirmSave);
  return <AnalysisView state={state} onAnalyseAnyway={analyseAnyway} onOpenPolicyLink={onOpenPolicyLink} onShowQuote={onShowQuote} />;
}
