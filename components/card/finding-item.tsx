import { useId, useState } from 'react';
import type { Finding } from '@/lib/schema';
import { describeFinding, displayTone, type DisplayTone } from '../../lib/present/finding-labels';
import { ToneIcon } from './tone-icon';

/** How many quotes open at once; the rest stay one click away so a long list stays readable. */
const QUOTES_SHOWN = 3;

const TONE_WORDS: Record<DisplayTone, string> = { good: 'Good:', caution: 'Caution:', neutral: '' };

/**
 * One finding: icon + human label + formatted value/detail. The row is a
 * button (keyboard: Tab, Enter/Space) that opens the quoted sentence(s).
 */
export function FindingItem({ finding }: { finding: Finding }) {
  const [open, setOpen] = useState(false);
  const [showAll, setShowAll] = useState(false);
  const quotesId = useId();
  const tone = displayTone(finding);
  const { label, meta } = describeFinding(finding);
  const quotes = showAll ? finding.evidence : finding.evidence.slice(0, QUOTES_SHOWN);
  const hidden = finding.evidence.length - quotes.length;

  return (
    <li className={`finding finding--${tone}`} data-finding={`${finding.section}/${finding.id}`} data-status={finding.status}>
      <button
        type="button"
        className="finding__toggle"
        aria-expanded={open}
        aria-controls={quotesId}
        onClick={() => setOpen((was) => !was)}
      >
        <ToneIcon tone={tone} />
        <span className="finding__text">
          <span className="finding__label">
            {TONE_WORDS[tone] && <span className="visually-hidden">{TONE_WORDS[tone]} </span>}
            {label}
          </span>
          {meta.length > 0 && <span className="finding__meta">{meta.join(' · ')}</span>}
        </span>
        <span className="finding__chevron" aria-hidden="true" />
      </button>
      <div id={quotesId} className="finding__quotes" hidden={!open}>
        {open && (
          <>
            <p className="visually-hidden">Quoted from the policy:</p>
            {quotes.map((evidence) => (
              <blockquote key={`${evidence.start}-${evidence.end}`} className="quote">
                {evidence.text}
              </blockquote>
            ))}
            {hidden > 0 && (
              <button type="button" className="link-button" onClick={() => setShowAll(true)}>
                Show {hidden} more {hidden === 1 ? 'quote' : 'quotes'}
              </button>
            )}
          </>
        )}
      </div>
    </li>
  );
}
