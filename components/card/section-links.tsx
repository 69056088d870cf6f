import type { MouseEvent } from 'react';
import { t } from '../../lib/present/i18n';

/**
 * Skip links to each part of the card, the first thing Tab reaches: a
 * keyboard user jumps to "Your rights" instead of tabbing through every
 * finding. Hidden until one of them has focus.
 */
export function SectionLinks({ sections }: { sections: ReadonlyArray<{ id: string; label: string }> }) {
  const jump = (event: MouseEvent<HTMLAnchorElement>, id: string) => {
    const target = document.getElementById(id);
    if (!target) return;
    event.preventDefault();
    target.focus();
    target.scrollIntoView({ block: 'start' });
  };
  return (
    <nav className="section-links" aria-label={t('skipNav')}>
      <ul>
        {sections.map((s) => (
          <li key={s.id}>
            <a href={`#${s.id}`} onClick={(e) => jump(e, s.id)}>
              {t('skipTo', s.label)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
