import { useId, useState } from 'react';
import type { CardItem } from '../../lib/present/fold-findings';
import { FindingItem } from './finding-item';
import { ToneIcon } from './tone-icon';

/** One folded line ("Shares with 12 named companies: …") that opens to its findings, each with its quotes. */
export function FoldedItem({ item }: { item: Extract<CardItem, { kind: 'fold' }> }) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  return (
    <li className="finding finding--neutral finding--fold" data-fold={item.fold}>
      <button
        type="button"
        className="finding__toggle"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((was) => !was)}
      >
        <ToneIcon tone="neutral" />
        <span className="finding__text">
          <span className="finding__label">{item.label}</span>
        </span>
        <span className="finding__chevron" aria-hidden="true" />
      </button>
      <ul id={listId} className="card-section__list finding__folded" hidden={!open}>
        {open && item.findings.map((f, i) => <FindingItem key={`${f.detail ?? ''}-${f.value ?? ''}-${i}`} finding={f} />)}
      </ul>
    </li>
  );
}
