import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { PolicyCard } from '@/components/card/policy-card';
import { makeCard, makeFinding } from '../storage/make-card';

afterEach(() => cleanup());

const card = makeCard({
  service: { name: 'Acme Cloud', domain: 'acme.example' },
  source: { lastUpdated: '2024-03-05' },
  policyScore: 0.92,
  findings: [
    makeFinding({ section: 'rights', id: 'delete', status: 'yes', evidence: [{ start: 0, end: 10, text: 'You may delete your account at any time.' }] }),
    makeFinding({
      section: 'sharing',
      id: 'sale',
      status: 'no',
      evidence: [
        { start: 20, end: 40, text: 'We do not sell your personal information.' },
        { start: 50, end: 60, text: 'We never rent or sell data.' },
      ],
    }),
    makeFinding({ section: 'sharing', id: 'advertisers', status: 'yes' }),
    makeFinding({ section: 'retention', id: 'stated', status: 'yes', value: 'P30D', detail: 'Server logs' }),
    makeFinding({ section: 'sharing', id: 'named', status: 'yes', detail: 'Stripe' }),
    makeFinding({ section: 'children', id: 'min_age', status: 'yes', value: '16' }),
  ],
});

describe('PolicyCard', () => {
  test('shows service, domain and the last-updated date', () => {
    render(<PolicyCard card={card} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Acme Cloud');
    expect(screen.getByText('acme.example')).toBeTruthy();
    expect(screen.getByText('Policy last updated March 5, 2024')).toBeTruthy();
  });

  test('hides a good policy score and shows a low one', () => {
    render(<PolicyCard card={card} />);
    expect(screen.queryByText(/partly looks like a privacy policy/)).toBeNull();
    cleanup();
    render(<PolicyCard card={{ ...card, policyScore: 0.4 }} />);
    expect(screen.getByText(/partly looks like a privacy policy \(40% match\)/)).toBeTruthy();
    cleanup();
    render(<PolicyCard card={{ ...card, policyScore: 0.1 }} />);
    expect(screen.getByText(/doesn't look like a privacy policy \(10% match\), so expect findings/)).toBeTruthy();
  });

  test('sections appear in order: core four, then further ones', () => {
    render(<PolicyCard card={card} />);
    const titles = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(titles).toEqual(['Key facts', 'Data collected', 'Sharing', 'Retention', 'Your rights', 'Children']);
  });

  test('a core section with nothing found says so', () => {
    render(<PolicyCard card={card} />);
    const collected = screen.getByRole('region', { name: 'Data collected' });
    expect(within(collected).getByText("The policy doesn't say.")).toBeTruthy();
  });

  test('yes and no read differently, with tone classes', () => {
    const { container } = render(<PolicyCard card={card} />);
    const sale = container.querySelector('[data-finding="sharing/sale"]');
    const ads = container.querySelector('[data-finding="sharing/advertisers"]');
    expect(sale?.textContent).toContain('Does not sell your data');
    expect(sale?.className).toContain('finding--good');
    expect(ads?.textContent).toContain('Shares with advertisers');
    expect(ads?.className).toContain('finding--caution');
    expect(container.querySelector('[data-finding="rights/delete"]')?.className).toContain('finding--good');
  });

  test('values and details are formatted for people', () => {
    render(<PolicyCard card={card} />);
    expect(screen.getByText('Keeps data for 30 days')).toBeTruthy();
    expect(screen.getByText('Server logs')).toBeTruthy();
    expect(screen.getByText('Not for children under 16')).toBeTruthy();
    expect(screen.getByText('Shares with Stripe')).toBeTruthy();
  });

  test('a finding opens its quotes and closes again', () => {
    render(<PolicyCard card={card} />);
    const toggle = screen.getByRole('button', { name: /Does not sell your data/ });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByText('We do not sell your personal information.')).toBeNull();
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const panel = document.getElementById(toggle.getAttribute('aria-controls') ?? '');
    expect(panel?.hidden).toBe(false);
    expect(within(panel as HTMLElement).getByText('We do not sell your personal information.')).toBeTruthy();
    expect(within(panel as HTMLElement).getByText('We never rent or sell data.')).toBeTruthy();
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByText('We do not sell your personal information.')).toBeNull();
  });

  test('long quote lists show three, then all on request', () => {
    const many = makeCard({
      findings: [
        makeFinding({
          evidence: Array.from({ length: 5 }, (_, i) => ({ start: i * 10, end: i * 10 + 5, text: `Quote number ${i + 1}.` })),
        }),
      ],
    });
    render(<PolicyCard card={many} />);
    fireEvent.click(screen.getByRole('button', { name: /Does not sell/ }));
    expect(screen.queryByText('Quote number 4.')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Show 2 more quotes' }));
    expect(screen.getByText('Quote number 5.')).toBeTruthy();
  });
});
