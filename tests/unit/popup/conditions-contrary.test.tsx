import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { PolicyCard } from '@/components/card/policy-card';
import { describeFinding, displayTone } from '@/lib/present/finding-labels';
import { foldFindings } from '@/lib/present/fold-findings';
import type { Finding } from '@/lib/schema';
import { makeCard, makeFinding } from '../storage/make-card';

afterEach(() => cleanup());

describe('conditions in labels (one table for every view)', () => {
  test.each<[Partial<Finding>, string]>([
    [{ section: 'sharing', id: 'advertisers', status: 'no', condition: 'consent' }, 'Does not share with advertisers unless you agree'],
    [{ section: 'sharing', id: 'advertisers', status: 'no', condition: 'law' }, 'Does not share with advertisers unless the law requires it'],
    [{ section: 'sharing', id: 'sale', status: 'no', condition: 'consent' }, 'Does not sell your data unless you agree'],
    [{ section: 'sharing', id: 'sale', status: 'no' }, 'Does not sell your data'],
    [{ section: 'sharing', id: 'named', status: 'no', detail: 'Meta', condition: 'consent' }, 'Does not share with Meta unless you agree'],
    [{ section: 'sharing', id: 'advertisers', status: 'yes' }, 'Shares with advertisers'],
  ])('%o → %s', (finding, label) => {
    expect(describeFinding(makeFinding(finding)).label).toBe(label);
  });

  test('a conditional denial of a risk is not shown as reassurance', () => {
    expect(displayTone(makeFinding({ section: 'sharing', id: 'sale', status: 'no' }))).toBe('good');
    expect(displayTone(makeFinding({ section: 'sharing', id: 'sale', status: 'no', condition: 'consent' }))).toBe('neutral');
  });
});

const conditional = makeFinding({
  section: 'sharing',
  id: 'advertisers',
  status: 'no',
  condition: 'consent',
  evidence: [
    { start: 100, end: 150, text: 'We will not share your data with advertisers unless you agree.' },
    { start: 10, end: 40, text: 'Our partners may show you ads based on your activity.', contrary: true },
  ],
});

describe('the popup card', () => {
  test('shows the condition in the label and the contrary quote under "The policy also says …"', () => {
    render(<PolicyCard card={makeCard({ findings: [conditional] })} />);
    const sharing = screen.getByRole('region', { name: 'Sharing' });
    const row = within(sharing).getByRole('button', { name: /Does not share with advertisers unless you agree/ });
    expect(row.textContent).toContain('The policy also says otherwise');
    fireEvent.click(row);
    const quotes = document.getElementById(row.getAttribute('aria-controls') ?? '')!;
    const texts = [...quotes.querySelectorAll('blockquote')].map((q) => q.textContent);
    // Supporting quote first, whatever the text order; then the lead-in and the contrary one.
    expect(texts).toEqual(['We will not share your data with advertisers unless you agree.', 'Our partners may show you ads based on your activity.']);
    const lead = within(quotes).getByText('The policy also says …');
    expect(lead.compareDocumentPosition(quotes.querySelectorAll('blockquote')[1]!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(lead.compareDocumentPosition(quotes.querySelectorAll('blockquote')[0]!) & Node.DOCUMENT_POSITION_PRECEDING).toBeTruthy();
  });

  test('a finding saved past the size cap says how many quotes were not kept', () => {
    const capped = makeFinding({ section: 'sharing', id: 'sale', status: 'no', omittedEvidence: 7 });
    render(<PolicyCard card={makeCard({ findings: [capped] })} />);
    const row = within(screen.getByRole('region', { name: 'Sharing' })).getByRole('button', { name: /Does not sell your data/ });
    fireEvent.click(row);
    const quotes = document.getElementById(row.getAttribute('aria-controls') ?? '')!;
    expect(within(quotes).getByText(/^7 more quotes were not kept/)).toBeTruthy();
  });

  test('key facts head the card: answers, and each opens its quotes', () => {
    render(
      <PolicyCard
        card={makeCard({
          findings: [conditional, makeFinding({ section: 'sharing', id: 'sale', status: 'no' }), makeFinding({ section: 'retention', id: 'stated', status: 'yes', value: 'P2Y' })],
        })}
      />,
    );
    const facts = screen.getByRole('region', { name: 'Key facts' });
    const rows = within(facts).getAllByRole('listitem').map((li) => li.textContent);
    expect(rows).toEqual([
      'Sells your data?No',
      'Shares it for advertising?No, unless you agree',
      'Lets others track you across sites?Not stated',
      'How long is it kept?2 years',
      'Can you get a copy?Not stated',
      'Can you delete it?Not stated',
      'Does it leave your country or region?Not stated',
      'Minimum age?Not stated',
    ]);
    const ads = within(facts).getByRole('button', { name: /Shares it for advertising/ });
    fireEvent.click(ads);
    expect(ads.getAttribute('aria-expanded')).toBe('true');
    expect(within(facts).getByText('We will not share your data with advertisers unless you agree.')).toBeTruthy();
    // "Not stated" has nothing to open.
    expect(within(facts).queryByRole('button', { name: /Minimum age/ })).toBeNull();
  });

  test('named recipients fold into one line that opens to each company', () => {
    const names = ['Google', 'Meta', 'Stripe', 'Twilio'];
    const findings = names.map((detail, i) => makeFinding({ section: 'sharing', id: 'named', status: 'yes', detail, evidence: [{ start: i * 10, end: i * 10 + 5, text: `We use ${detail}.` }] }));
    render(<PolicyCard card={makeCard({ findings: [...findings, makeFinding({ section: 'sharing', id: 'named', status: 'no', detail: 'Acme' })] })} />);
    const fold = screen.getByRole('button', { name: 'Shares with 4 named companies: Google, Meta, Stripe, …' });
    expect(screen.queryByRole('button', { name: /^Shares with Twilio/ })).toBeNull();
    // A denial is its own line.
    expect(screen.getByRole('button', { name: /Does not share with Acme/ })).toBeTruthy();
    fireEvent.click(fold);
    expect(screen.getByRole('button', { name: /^Shares with Twilio/ })).toBeTruthy();
  });
});

describe('foldFindings', () => {
  const named = (detail: string) => makeFinding({ section: 'sharing', id: 'named', status: 'yes', detail });
  const transfer = (value?: string) => makeFinding({ section: 'international', id: 'transfers', status: 'yes', ...(value ? { value } : {}) });

  test.each<[string, Finding[], string[]]>([
    ['one recipient stays a finding', [named('Stripe')], ['finding']],
    ['two recipients fold', [named('Stripe'), named('Google')], ['fold:Shares with 2 named companies: Stripe, Google']],
    ['transfers to two places fold, with a valueless one inside', [transfer('United States'), transfer(), transfer('EEA')], ['fold:Moves data to 2 places: United States, EEA']],
    ['transfers to one place do not fold', [transfer('United States'), transfer()], ['finding', 'finding']],
  ])('%s', (_name, findings, want) => {
    expect(foldFindings(findings).map((i) => (i.kind === 'fold' ? `fold:${i.label}` : 'finding'))).toEqual(want);
  });

  test('the fold stands where its first finding stood and holds them all', () => {
    const other = makeFinding({ section: 'sharing', id: 'sale', status: 'no' });
    const items = foldFindings([other, named('A'), other, named('B')]);
    expect(items.map((i) => i.kind)).toEqual(['finding', 'fold', 'finding']);
    expect(items[1]?.kind === 'fold' && items[1].findings.map((f) => f.detail)).toEqual(['A', 'B']);
  });
});
