import type { ReactNode } from 'react';
import { t } from '../../lib/present/i18n';
import { StatusMessage } from '@/components/common/status-message';
import type { AnalyzeResult, Truncation } from '@/lib/messages';
import type { QuoteOnPage } from '@/lib/messages/client';
import { formatDay } from '../../lib/present/format-value';
import { PolicyCard } from './policy-card';
import { ShowOnPageContext } from './quote-list';
import type { AnalysisState, SaveState } from './use-tab-analysis';

/**
 * Every popup state as one plain sentence, or the card. Pure view: the
 * analysis itself is passed in.
 */
export function AnalysisView({
  state,
  onAnalyseAnyway,
  onOpenPolicyLink,
  onShowQuote,
}: {
  state: AnalysisState;
  onAnalyseAnyway: () => void;
  /** Opens the site's own privacy policy (the page's footer link) in the tab. */
  onOpenPolicyLink?: (url: string) => void;
  /** "Show on page": scrolls the tab to a quote, given by its offsets in the extracted text. */
  onShowQuote?: (quote: QuoteOnPage) => Promise<boolean>;
}) {
  if (state.phase === 'analysing') {
    return <StatusMessage tone="busy">{t('analysing')}</StatusMessage>;
  }
  const result = state.result;
  const openPolicy =
    'privacyLink' in result && result.privacyLink && onOpenPolicyLink ? (
      <button type="button" className="button button--primary" onClick={() => onOpenPolicyLink(result.privacyLink!)}>
        {t('openSitePolicy')}
      </button>
    ) : null;
  switch (result.kind) {
    case 'card': {
      const card = <PolicyCard card={result.card} status={<CardNotes result={result} save={state.save} />} actionLinks={result.actionLinks} />;
      if (!onShowQuote) return card;
      const length = Math.max(1, result.card.source.textLength);
      return (
        <ShowOnPageContext.Provider value={(e) => onShowQuote({ text: e.text, start: e.start, end: e.end, position: e.start / length })}>
          {card}
        </ShowOnPageContext.Provider>
      );
    }
    case 'not-policy':
      return (
        <StatusMessage
          actions={
            <>
              {openPolicy}
              <button type="button" className={openPolicy ? 'button' : 'button button--primary'} onClick={onAnalyseAnyway}>
                {t('analyseAnyway')}
              </button>
            </>
          }
        >
          {result.reason === 'cookie-banner' ? t('cookieNotice') : t('notPolicy')}
        </StatusMessage>
      );
    case 'empty':
      return <StatusMessage actions={openPolicy}>{t('noText')}</StatusMessage>;
    case 'other-language':
      return (
        <StatusMessage>{t('otherLanguage', result.language)}</StatusMessage>
      );
    case 'restricted':
      return <StatusMessage>{result.message}</StatusMessage>;
    case 'error':
      return <StatusMessage tone="error">{result.message}</StatusMessage>;
  }
}

/** Saved / changed / truncated lines under the card header. `save`: how a save still running when the card came is going. */
function CardNotes({ result, save }: { result: Extract<AnalyzeResult, { kind: 'card' }>; save?: SaveState }) {
  const notes: ReactNode[] = [];
  if (result.previousVersionAt) {
    notes.push(
      <li key="changed" className="card-note card-note--changed">
        {t('changedSince', formatDay(result.previousVersionAt))}
      </li>,
    );
  }
  if (save?.status === 'failed') {
    // Issue 11: the card is shown, but the person is told it is not in the library, in plain words.
    notes.push(
      <li key="saved" className="card-note card-note--save-failed" role="alert">
        {save.message}
      </li>,
    );
  } else {
    notes.push(
      <li key="saved" className="card-note card-note--saved">
        {save?.status === 'pending' ? t('savingNow') : result.origin === 'saved' ? t('savedOn', formatDay(result.card.analyzedAt)) : t('savedNow')}
      </li>,
    );
  }
  if (result.truncated) notes.push(<TruncationNote key="truncated" truncated={result.truncated} />);
  return <ul className="card-notes">{notes}</ul>;
}

function TruncationNote({ truncated }: { truncated: Truncation }) {
  const pct = Math.max(1, Math.floor((truncated.analyzedChars / truncated.totalChars) * 100));
  return (
    <li className="card-note card-note--truncated">
      {t('truncated', pct, truncated.analyzedChars.toLocaleString('en-US'))}
    </li>
  );
}
