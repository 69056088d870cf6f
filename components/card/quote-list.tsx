import { createContext, useContext, useState } from 'react';
import type { Evidence } from '@/lib/schema';
import { splitEvidence } from '../../lib/present/evidence';

/** How many quotes open at once; the rest stay one click away so a long list stays readable. */
const QUOTES_SHOWN = 3;

/**
 * "Show on page": scrolls the analysed tab to a quote and highlights it.
 * Provided by the popup (which knows the tab); absent in the library, where
 * there is no page to show.
 */
export type ShowOnPage = (evidence: Evidence) => Promise<boolean>;

export const ShowOnPageContext = createContext<ShowOnPage | undefined>(undefined);

function Quote({ evidence }: { evidence: Evidence }) {
  const show = useContext(ShowOnPageContext);
  const [missing, setMissing] = useState(false);
  return (
    <blockquote className="quote" data-start={evidence.start} data-end={evidence.end}>
      {evidence.text}
      {show && (
        <>
          {' '}
          <button type="button" className="link-button quote__show" onClick={() => void show(evidence).then((found) => setMissing(!found))}>
            Show on page
          </button>
          {missing && (
            <span className="quote__missing" role="status">
              {' '}
              This sentence isn't on the page any more.
            </span>
          )}
        </>
      )}
    </blockquote>
  );
}

/**
 * The quotes behind a finding: those that support it first, then, under
 * "The policy also says …", the ones that read the other way (evidence
 * marked `contrary`), so nothing the policy says is hidden.
 */
export function QuoteList({ evidence }: { evidence: readonly Evidence[] }) {
  const [showAll, setShowAll] = useState(false);
  const { supporting, contrary } = splitEvidence(evidence);
  const shown = showAll ? supporting : supporting.slice(0, QUOTES_SHOWN);
  const hidden = supporting.length - shown.length;
  return (
    <>
      <p className="visually-hidden">Quoted from the policy:</p>
      {shown.map((e) => (
        <Quote key={`${e.start}-${e.end}`} evidence={e} />
      ))}
      {hidden > 0 && (
        <button type="button" className="link-button" onClick={() => setShowAll(true)}>
          Show {hidden} more {hidden === 1 ? 'quote' : 'quotes'}
        </button>
      )}
      {contrary.length > 0 && (
        <div className="quotes-contrary">
          <p className="quotes-contrary__lead">The policy also says …</p>
          {contrary.map((e) => (
            <Quote key={`${e.start}-${e.end}`} evidence={e} />
          ))}
        </div>
      )}
    </>
  );
}
