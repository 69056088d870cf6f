import type { DisplayTone } from '../../lib/present/finding-labels';

/**
 * Inline SVG (no icon font, no network): a check for good, an exclamation
 * for caution, a dot for neutral. Shape and colour both carry the meaning,
 * so it reads without colour vision too.
 */
export function ToneIcon({ tone }: { tone: DisplayTone }) {
  return (
    <svg className={`tone-icon tone-icon--${tone}`} viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">
      <circle cx="10" cy="10" r="9" />
      {tone === 'good' && <path d="M5.5 10.5l3 3 6-7" fill="none" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />}
      {tone === 'caution' && (
        <>
          <path d="M10 5v6.5" fill="none" strokeWidth="2" strokeLinecap="round" />
          <circle cx="10" cy="14.6" r="1.2" className="tone-icon__dot" />
        </>
      )}
      {tone === 'neutral' && <circle cx="10" cy="10" r="2.2" className="tone-icon__dot" />}
    </svg>
  );
}
