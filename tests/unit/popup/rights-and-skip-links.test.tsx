import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { PolicyCard } from '@/components/card/policy-card';
import { requestMailto, rightsActions } from '@/lib/present/rights-actions';
import { makeCard, makeFinding } from '../storage/make-card';

afterEach(() => cleanup());

const contact = (value: string) => makeFinding({ section: 'rights', id: 'contact', status: 'yes', value });
const respond = makeFinding({ section: 'rights', id: 'response_time', status: 'yes', value: 'P30D' });

describe('rightsActions', () => {
  test.each<[string, ReturnType<typeof makeFinding>[], string[], string | undefined]>([
    ['an address and a response time', [contact('privacy@acme.example'), respond], ['privacy@acme.example'], '30 days'],
    ['two addresses, once each', [contact('privacy@acme.example'), contact('dpo@acme.example'), contact('privacy@acme.example')], ['privacy@acme.example', 'dpo@acme.example'], undefined],
    ['a postal address is not a link', [contact('Acme Inc., 1 Main Street, Springfield')], [], undefined],
    ['a mailto: value and trailing dot', [contact('mailto:privacy@acme.example.')], ['privacy@acme.example'], undefined],
  ])('%s', (_name, findings, emails, time) => {
    expect(rightsActions(findings)).toEqual({ emails, ...(time ? { responseTime: time } : {}) });
  });

  test('the mailto link carries a subject', () => {
    expect(requestMailto('privacy@acme.example')).toBe('mailto:privacy@acme.example?subject=Privacy%20request');
  });
});

describe('the card', () => {
  test('"Your rights" opens with the request address as a link and the response time beside it', () => {
    render(<PolicyCard card={makeCard({ findings: [contact('privacy@acme.example'), respond] })} />);
    const rights = screen.getByRole('region', { name: 'Your rights' });
    const link = within(rights).getByRole('link', { name: 'privacy@acme.example' });
    expect(link.getAttribute('href')).toBe('mailto:privacy@acme.example?subject=Privacy%20request');
    expect(screen.getByTestId('rights-actions').textContent).toBe('Send requests to privacy@acme.example · answered within 30 days');
  });

  test('skip links lead to the key facts and every section, and move focus there', () => {
    render(<PolicyCard card={makeCard({ findings: [respond] })} />);
    const nav = screen.getByRole('navigation', { name: 'Skip to a section' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((a) => a.textContent)).toEqual([
      'Skip to Key facts',
      'Skip to Data collected',
      'Skip to Sharing',
      'Skip to Retention',
      'Skip to Your rights',
    ]);
    fireEvent.click(links[4]!);
    expect(document.activeElement?.textContent).toBe('Your rights');
  });
});

describe('links for acting on rights', () => {
  test('findActionLinks keeps opt-out and request links, each once, http(s) only', async () => {
    const { findActionLinks } = await import('@/lib/extract/action-links');
    const doc = document.implementation.createHTMLDocument('t');
    doc.body.innerHTML = `<p>You can <a href="/ccpa">Do Not Sell or Share My Personal Information</a>,
      use our <a href="https://privacy.acme.example/request">privacy request form</a>,
      <a href="/account">sign in</a>, <a href="javascript:void 0">opt out</a>,
      <a href="/ccpa">do not sell</a> or <a href="/download">Download your data</a>.</p>`;
    expect(findActionLinks(doc, 'https://acme.example/privacy')).toEqual([
      { label: 'Do Not Sell or Share My Personal Information', url: 'https://acme.example/ccpa' },
      { label: 'privacy request form', url: 'https://privacy.acme.example/request' },
      { label: 'Download your data', url: 'https://acme.example/download' },
    ]);
  });

  test('the rights section lists them as links, even without a request address', () => {
    render(<PolicyCard card={makeCard({ findings: [] })} actionLinks={[{ label: 'Your Privacy Choices', url: 'https://acme.example/choices' }]} />);
    const rights = screen.getByRole('region', { name: 'Your rights' });
    const list = within(rights).getByRole('list', { name: 'Act on your rights' });
    expect(within(list).getByRole('link', { name: 'Your Privacy Choices' }).getAttribute('href')).toBe('https://acme.example/choices');
  });
});
