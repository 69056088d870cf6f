import { cleanup, render, screen } from '@testing-library/react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, test } from 'vitest';
import { FIRST_PAINT_SECTIONS, PolicyCard } from '@/components/card/policy-card';
import { makeCard, makeFinding } from '../storage/make-card';

afterEach(() => cleanup());

/**
 * The card's first paint holds the header, Key facts and the first
 * sections; the rest follow in a deferred render (useDeferredValue). The
 * server renderer renders exactly that first pass (a deferred value is its
 * initial value there), so it shows what the first paint holds; a client
 * render in a test, where React finishes every pass, shows everything.
 */
const card = makeCard({
  service: { name: 'Acme Cloud', domain: 'acme.example' },
  findings: [
    makeFinding({ section: 'collected', id: 'email', status: 'yes' }),
    makeFinding({ section: 'sharing', id: 'sale', status: 'no' }),
    makeFinding({ section: 'retention', id: 'stated', status: 'yes', value: 'P30D' }),
    makeFinding({ section: 'rights', id: 'delete', status: 'yes' }),
    makeFinding({ section: 'children', id: 'min_age', status: 'yes', value: '16' }),
  ],
});

/** The section headings (h2) of some markup, in order. */
const sectionTitles = (html: string) => [...html.matchAll(/<h2[^>]*class="card-section__title"[^>]*>([^<]*)<\/h2>/g)].map((m) => m[1]);

describe("the card's first paint", () => {
  test('is a complete header, Key facts and the first sections; the footnote waits for the rest', () => {
    const first = renderToStaticMarkup(<PolicyCard card={card} />);
    expect(first).toContain('<h1 id="policy-card-title" class="policy-card__service">Acme Cloud</h1>');
    expect(first).toContain('Key facts');
    expect(sectionTitles(first)).toEqual(['Data collected', 'Sharing']);
    expect(sectionTitles(first)).toHaveLength(FIRST_PAINT_SECTIONS);
    expect(first).not.toContain('policy-card__footnote');
  });

  test('is followed by every section, in order, and the footnote', () => {
    render(<PolicyCard card={card} />);
    const all = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(all.filter((title) => title !== 'Key facts').length).toBeGreaterThan(FIRST_PAINT_SECTIONS);
    expect(all).toEqual(expect.arrayContaining(['Data collected', 'Sharing', 'Retention', 'Your rights']));
    expect(document.querySelector('.policy-card__footnote')).not.toBeNull();
  });
});
