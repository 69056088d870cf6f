import { useId, useState } from 'react';
import { t } from '../../lib/present/i18n';
import type { Finding } from '@/lib/schema';
import { keyFacts, type KeyFact } from '../../lib/present/key-facts';
import { QuoteList } from './quote-list';
import './key-facts.css';

const TONE_CLASS: Record<KeyFact['tone'], string> = { good: 'key-fact--good', caution: 'key-fact--caution', neutral: 'key-fact--neutral' };

function KeyFactRow({ fact }: { fact: KeyFact }) {
  const [open, setOpen] = useState(false);
  const quotesId = useId();
  const body = (
    <>
      <span className="key-fact__question">{fact.question}</span>
      <span className="key-fact__answer">{fact.text}</span>
    </>
  );
  return (
    <li className={`key-fact ${TONE_CLASS[fact.tone]}`} data-key-fact={fact.id} data-answer={fact.answer}>
      {fact.evidence.length === 0 ? (
        <div className="key-fact__row">{body}</div>
      ) : (
        <>
          <button
            type="button"
            className="key-fact__row key-fact__toggle"
            aria-expanded={open}
            aria-controls={quotesId}
            onClick={() => setOpen((was) => !was)}
          >
            {body}
          </button>
          <div id={quotesId} className="key-fact__quotes" hidden={!open}>
            {open && (
              <>
                {fact.values.length > 2 && <p className="key-fact__values">{fact.values.join(', ')}</p>}
                <QuoteList evidence={fact.evidence} />
              </>
            )}
          </div>
        </>
      )}
    </li>
  );
}

/**
 * The eight fixed questions at the top of the card, each answered Yes, No,
 * "No, unless you agree", a value or "Not stated", and each opening the
 * quotes behind its answer.
 */
export function KeyFacts({ findings, headingLevel = 2 }: { findings: readonly Finding[]; headingLevel?: 2 | 3 }) {
  const facts = keyFacts(findings);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="key-facts" aria-labelledby="key-facts-title" id="key-facts">
      <Heading id="key-facts-title" className="key-facts__title" tabIndex={-1}>
        {t('keyFacts')}
      </Heading>
      <ul className="key-facts__list">
        {facts.map((fact) => (
          <KeyFactRow key={fact.id} fact={fact} />
        ))}
      </ul>
    </section>
  );
}
