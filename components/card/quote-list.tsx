import { createContext, useContext, useState } from 'react';
import { t } from '../../lib/present/i18n';
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
            {t('showOnPage')}
          </button>
          {missing && (
            <span className="quote__missing" role="status">
              {' '}
              {t('quoteMissing')}
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
export function QuoteList({ evidence, omitted }: { evidence: readonly Evidence[]; omitted?: number }) {
  const [showAll, setShowAll] = useState(false);
  const { supporting, contrary } = splitEvidence(evidence);
  const shown = showAll ? supporting : supporting.slice(0, QUOTES_SHOWN);
  const hidden = supporting.length - shown.length;
  return (
    <>
      <p className="visually-hidden">{t('quotedFrom')}</p>
      {shown.map((e) => (
        <Quote key={`${e.start}-${e.end}`} evidence={e} />
      ))}
      {hidden > 0 && (
        <button type="button" className="link-button" onClick={() => setShowAll(true)}>
          {hidden === 1 ? t('showMoreQuote') : t('showMoreQuotes', hidden)}
        </button>
      )}
      {omitted !== undefined && omitted > 0 && <p className="quotes-omitted">{t('quotesNotKept', omitted)}</p>}
      {contrary.length > 0 && (
        <div className="quotes-contrary">
          <p className="quotes-contrary__lead">{t('alsoSays')}</p>
          {contrary.map((e) => (
            <Quote key={`${e.start}-${e.end}`} evidence={e} />
          ))}
        </div>
      )}
    </>
  );
}
