import type { ReactNode } from 'react';
import { StatusMessage } from '@/components/common/status-message';
import type { AnalyzeResult, Truncation } from '@/lib/messages';
import { formatDay } from '../../lib/present/format-value';
import { PolicyCard } from './policy-card';
import { ShowOnPageContext } from './quote-list';
import type { AnalysisState } from './use-tab-analysis';

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
  /** "Show on page": scrolls the tab to a quote; `position` is where it starts in the text (0..1). */
  onShowQuote?: (text: string, position: number) => Promise<boolean>;
}) {
  if (state.phase === 'analysing') {
    return <StatusMessage tone="busy">Analysing this page…</StatusMessage>;
  }
  const result = state.result;
  const openPolicy =
    'privacyLink' in result && result.privacyLink && onOpenPolicyLink ? (
      <button type="button" className="button button--primary" onClick={() => onOpenPolicyLink(result.privacyLink!)}>
        Open this site's privacy policy
      </button>
    ) : null;
  switch (result.kind) {
    case 'card': {
      const card = <PolicyCard card={result.card} status={<CardNotes result={result} />} actionLinks={result.actionLinks} />;
      if (!onShowQuote) return card;
      const length = Math.max(1, result.card.source.textLength);
      return (
        <ShowOnPageContext.Provider value={(e) => onShowQuote(e.text, e.start / length)}>{card}</ShowOnPageContext.Provider>
      );
    }
    case 'not-policy':
      return (
        <StatusMessage
          actions={
            <>
              {openPolicy}
              <button type="button" className={openPolicy ? 'button' : 'button button--primary'} onClick={onAnalyseAnyway}>
                Analyse anyway
              </button>
            </>
          }
        >
          {result.reason === 'cookie-banner'
            ? 'This page shows a cookie notice, not a privacy policy, so nothing was saved.'
            : "This page doesn't look like a privacy policy."}
        </StatusMessage>
      );
    case 'empty':
      return <StatusMessage actions={openPolicy}>This page has no readable text.</StatusMessage>;
    case 'other-language':
      return (
        <StatusMessage>
          This policy is in {result.language}, and Policy Lens reads only English policies, so nothing was saved.
        </StatusMessage>
      );
    case 'restricted':
      return <StatusMessage>{result.message}</StatusMessage>;
    case 'error':
      return <StatusMessage tone="error">{result.message}</StatusMessage>;
  }
}

/** Saved / changed / truncated lines under the card header. */
function CardNotes({ result }: { result: Extract<AnalyzeResult, { kind: 'card' }> }) {
  const notes: ReactNode[] = [];
  if (result.previousVersionAt) {
    notes.push(
      <li key="changed" className="card-note card-note--changed">
        Policy changed since {formatDay(result.previousVersionAt)}.
      </li>,
    );
  }
  notes.push(
    <li key="saved" className="card-note card-note--saved">
      {result.origin === 'saved' ? `Saved ${formatDay(result.card.analyzedAt)}` : 'Saved to your library just now'}
    </li>,
  );
  if (result.truncated) notes.push(<TruncationNote key="truncated" truncated={result.truncated} />);
  return <ul className="card-notes">{notes}</ul>;
}

function TruncationNote({ truncated }: { truncated: Truncation }) {
  const pct = Math.max(1, Math.floor((truncated.analyzedChars / truncated.totalChars) * 100));
  return (
    <li className="card-note card-note--truncated">
      This page is very long, so only its first {pct}% ({truncated.analyzedChars.toLocaleString('en-US')} characters)
      was analysed.
    </li>
  );
}
