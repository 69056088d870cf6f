import { useId, useState } from 'react';
import { t } from '../../lib/present/i18n';
import type { Finding } from '@/lib/schema';
import { describeFinding, displayTone, type DisplayTone } from '../../lib/present/finding-labels';
import { hasContrary } from '../../lib/present/evidence';
import { QuoteList } from './quote-list';
import { ToneIcon } from './tone-icon';

const toneWords = (tone: DisplayTone): string => (tone === 'good' ? t('toneGood') : tone === 'caution' ? t('toneCaution') : '');

/**
 * One finding: icon + human label + formatted value/detail. The row is a
 * button (keyboard: Tab, Enter/Space) that opens the quoted sentence(s).
 */
export function FindingItem({ finding }: { finding: Finding }) {
  const [open, setOpen] = useState(false);
  const quotesId = useId();
  const tone = displayTone(finding);
  const { label, meta: baseMeta } = describeFinding(finding);
  const meta = hasContrary(finding.evidence) ? [...baseMeta, t('alsoSaysOtherwise')] : baseMeta;

  return (
    <li
      className={`finding finding--${tone}`}
      data-finding={`${finding.section}/${finding.id}`}
      data-status={finding.status}
      data-condition={finding.condition}
    >
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
            {toneWords(tone) && <span className="visually-hidden">{toneWords(tone)} </span>}
            {label}
          </span>
          {meta.length > 0 && <span className="finding__meta">{meta.join(' · ')}</span>}
        </span>
        <span className="finding__chevron" aria-hidden="true" />
      </button>
      <div id={quotesId} className="finding__quotes" hidden={!open}>
        {open && <QuoteList evidence={finding.evidence} omitted={finding.omittedEvidence} />}
      </div>
    </li>
  );
}
