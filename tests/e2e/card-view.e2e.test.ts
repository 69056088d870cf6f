import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { launchExtension, openTab, type ExtensionSession } from './support/extension';
import { serveFixtures, type StaticServer } from './support/static-server';
import { storedCards } from './support/stored-cards';
import { axeViolations } from './support/axe';
import { seedAsWebPage } from '../support/seed-page';
import type { Card, Finding } from '../../lib/schema';

/**
 * The card a person reads first: key facts on the seed policies, and the
 * taxonomy v2 conditions and contrary quotes in the popup, the library's
 * card detail and the compare view.
 */
const FIXTURES = resolve('tests/e2e/fixtures');
const SCREENSHOTS = resolve('docs/screenshots');
const SEEDS = resolve('../shared/seeds');
const SEED_PAGES: Array<[file: string, service: string]> = [
  ['000_b9733ba957b82573.txt', 'Planim'],
  ['001_622cfcfa89d48dcb.txt', 'Plenum'],
  ['002_3edcce855d137134.txt', 'Plugantic'],
];

let server: StaticServer;
let session: ExtensionSession;
const pageErrors: string[] = [];

beforeAll(async () => {
  const seeds = Object.fromEntries(
    SEED_PAGES.map(([file, service]) => [`/${service.toLowerCase()}/privacy`, seedAsWebPage(readFileSync(join(SEEDS, file), 'utf8'), service)]),
  );
  seeds['/plenum/privacy-with-mobile-copy'] = withHiddenMobileCopy(seeds['/plenum/privacy']!);
  server = await serveFixtures(FIXTURES, seeds);
  session = await launchExtension([server.origin]);
  mkdirSync(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

async function openSite(path: string): Promise<{ page: Page; tabId: number; url: string }> {
  return openTab(session, server.url(path));
}

async function openPopup(tabId: number): Promise<Page> {
  const popup = await session.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  popup.on('pageerror', (e) => pageErrors.push(`popup: ${e.message}`));
  popup.on('console', (m) => m.type() === 'error' && pageErrors.push(`popup console: ${m.text()}`));
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tabId=${tabId}`);
  await popup.getByRole('heading', { level: 1 }).waitFor({ timeout: 20_000 });
  // A new card shows before it is written: wait for its note to say it is saved ("Saved …", not "Saving …").
  await popup.locator('.card-note--saved', { hasText: /^Saved / }).waitFor();
  return popup;
}

async function openLibrary(query = ''): Promise<Page> {
  const library = await session.context.newPage();
  library.on('pageerror', (e) => pageErrors.push(`library: ${e.message}`));
  library.on('console', (m) => m.type() === 'error' && pageErrors.push(`library console: ${m.text()}`));
  await library.goto(`chrome-extension://${session.extensionId}/library.html${query}`);
  return library;
}

/** The key facts grid as "question → answer" pairs. */
async function keyFactAnswers(page: Page): Promise<Record<string, string>> {
  const region = page.getByRole('region', { name: 'Key facts' });
  await region.waitFor();
  const rows = await region.locator('[data-key-fact]').evaluateAll((els) =>
    els.map((el) => [el.querySelector('.key-fact__question')?.textContent ?? '', el.querySelector('.key-fact__answer')?.textContent ?? '']),
  );
  return Object.fromEntries(rows);
}

describe('key facts on the seed policies', () => {
  test.each(SEED_PAGES)('%s (%s): eight questions, answered, each opening its quotes', async (_file, service) => {
    const site = await openSite(`/${service.toLowerCase()}/privacy`);
    const popup = await openPopup(site.tabId);
    const answers = await keyFactAnswers(popup);
    expect(Object.keys(answers)).toEqual([
      'Sells your data?',
      'Shares it for advertising?',
      'Lets others track you across sites?',
      'How long is it kept?',
      'Can you get a copy?',
      'Can you delete it?',
      'Does it leave your country or region?',
      'Minimum age?',
    ]);
    for (const answer of Object.values(answers)) expect(answer).toMatch(/^(Yes|No|No, unless .+|Not stated|.*\d.*|Indefinitely|As long as needed)$/);
    expect(answers['Sells your data?']).toBe('No');
    expect(answers['Can you delete it?']).toBe('Yes');
    if (service === 'Plenum') {
      expect(answers['How long is it kept?']).toMatch(/30 days.*7 years/);
      expect(answers['Minimum age?']).toBe('18');
    }
    // Each answered question opens the quotes behind it.
    const facts = popup.getByRole('region', { name: 'Key facts' });
    const sells = facts.getByRole('button', { name: /Sells your data\?/ });
    await sells.click();
    expect(await sells.getAttribute('aria-expanded')).toBe('true');
    expect(await facts.locator(`[id="${await sells.getAttribute('aria-controls')}"] blockquote`).first().innerText()).toMatch(/sell/i);
    if (service === 'Plenum') {
      await popup.evaluate(() => window.scrollTo(0, 0));
      await popup.screenshot({ path: join(SCREENSHOTS, 'popup-key-facts.png') });
      expect(await axeViolations(popup), 'popup, light').toEqual([]);
      await popup.emulateMedia({ colorScheme: 'dark' });
      await popup.screenshot({ path: join(SCREENSHOTS, 'popup-key-facts-dark.png') });
      expect(await axeViolations(popup), 'popup, dark').toEqual([]);
    }
    await popup.close();
    await site.page.close();
  });
});

describe('keyboard and rights', () => {
  test('a few Tabs reach the skip links; "Skip to Your rights" lands on the rights, which start with the request address', async () => {
    const site = await openSite('/plugantic/privacy');
    const popup = await openPopup(site.tabId);
    await popup.locator('body').focus();
    const focused = () => popup.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    let presses = 0;
    for (; presses < 10 && (await focused()) !== 'Skip to Your rights'; presses++) await popup.keyboard.press('Tab');
    expect(await focused()).toBe('Skip to Your rights');
    expect(presses).toBeLessThanOrEqual(6);
    await popup.keyboard.press('Enter');
    expect(await focused()).toBe('Your rights');
    const line = popup.getByTestId('rights-actions');
    expect(await line.innerText()).toMatch(/^Send requests to .*@plugantic\.com.* · answered within 30 days$/);
    expect(await line.getByRole('link').first().getAttribute('href')).toMatch(/^mailto:[a-z]+@plugantic\.com\?subject=/);
    await popup.keyboard.press('Shift+Tab');
    await popup.screenshot({ path: join(SCREENSHOTS, 'popup-rights.png') });
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();
    await site.page.close();
  });
});

/**
 * The page with a hidden copy of its policy before the real one, as sites
 * that render a separate mobile layout have: every sentence is on the page
 * twice, and the first copy is never seen nor read.
 */
function withHiddenMobileCopy(html: string): string {
  const article = /<article>([\s\S]*)<\/article>/.exec(html)![1]!;
  return html.replace('<main>', `<div class="mobile-policy" style="display:none">${article}</div>\n<main>`);
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The ranges the page highlights, with whether each lies in the policy the extractor read (`main`) and has a box. */
async function highlightedRanges(page: Page | Frame): Promise<Array<{ text: string; inPolicy: boolean; inView: boolean }>> {
  return page.evaluate(() => {
    const h = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights?.get('policy-lens-quote');
    return [...(h ?? [])].map((r) => {
      const node = r.commonAncestorContainer;
      const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
      const rect = r.getBoundingClientRect();
      return { text: r.toString(), inPolicy: !!el?.closest('main'), inView: rect.height > 0 && rect.top >= 0 && rect.bottom <= window.innerHeight };
    });
  });
}

/** The quotes now open in the key facts, as text with their offsets in the extracted text. */
async function openQuotes(popup: Page): Promise<Array<{ text: string; start: number }>> {
  return popup
    .getByRole('region', { name: 'Key facts' })
    .locator('blockquote')
    .evaluateAll((qs) => qs.map((q) => ({ text: (q.firstChild?.textContent ?? '').trim(), start: Number(q.getAttribute('data-start')) })));
}

describe('"Show on page"', () => {
  test('scrolls the tab to the quoted sentence and highlights exactly it; the next click removes it', async () => {
    const site = await openSite('/plenum/privacy');
    await site.page.setViewportSize({ width: 1000, height: 700 });
    const popup = await openPopup(site.tabId);
    const facts = popup.getByRole('region', { name: 'Key facts' });
    await facts.getByRole('button', { name: /How long is it kept\?/ }).click();
    const quote = facts.locator('blockquote').last();
    const text = (await quote.evaluate((q) => q.firstChild?.textContent ?? '')).trim();
    expect(text.length).toBeGreaterThan(20);
    expect(await site.page.evaluate(() => window.scrollY)).toBe(0);
    await quote.getByRole('button', { name: 'Show on page' }).click();
    const highlighted = async () =>
      site.page.evaluate(() => {
        const h = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights?.get('policy-lens-quote');
        return h ? [...h].map((r) => r.toString()) : [];
      });
    await expect.poll(highlighted).toHaveLength(1);
    const [range] = await highlighted();
    expect(range!.replace(/\s+/g, ' ')).toBe(text.replace(/\s+/g, ' '));
    expect(await highlightedRanges(site.page)).toEqual([{ text: range, inPolicy: true, inView: true }]);
    // The sentence is in view: scrolled down, and its box inside the window.
    expect(await site.page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    const inView = await site.page.evaluate(() => {
      const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('policy-lens-quote')!;
      const rect = [...h][0]!.getBoundingClientRect();
      return rect.top >= 0 && rect.bottom <= window.innerHeight;
    });
    expect(inView).toBe(true);
    await site.page.screenshot({ path: join(SCREENSHOTS, 'show-on-page.png') });
    await site.page.mouse.click(5, 5);
    await expect.poll(highlighted).toHaveLength(0);
    expect(session.foreignRequests).toEqual([]);
    await popup.close();
    await site.page.close();
  });

  test('a sentence that is also on the page, hidden, before the policy: the map highlights the copy that was read', async () => {
    const site = await openSite('/plenum/privacy-with-mobile-copy');
    await site.page.setViewportSize({ width: 1000, height: 700 });
    const popup = await openPopup(site.tabId);
    await popup.getByRole('region', { name: 'Key facts' }).getByRole('button', { name: /Sells your data\?/ }).click();
    // The earliest quote: searching the page's text for it would find the hidden copy first, and nearer its place.
    const [quote] = (await openQuotes(popup)).sort((a, b) => a.start - b.start);
    expect(quote!.text.length).toBeGreaterThan(20);
    const onPage = await site.page.evaluate((t) => document.body.textContent!.replace(/\s+/g, ' ').split(t).length - 1, squash(quote!.text));
    expect(onPage, 'the sentence is on the page twice: hidden, then in the policy').toBe(2);

    await popup.locator(`blockquote[data-start="${quote!.start}"]`).first().getByRole('button', { name: 'Show on page' }).click();
    await expect.poll(() => highlightedRanges(site.page)).toHaveLength(1);
    const [range] = await highlightedRanges(site.page);
    expect(squash(range!.text)).toBe(squash(quote!.text));
    expect(range, 'the visible sentence in the policy, not the hidden copy').toMatchObject({ inPolicy: true, inView: true });
    await site.page.screenshot({ path: join(SCREENSHOTS, 'show-on-page-repeated-sentence.png') });
    await site.page.keyboard.press('Escape');
    await expect.poll(() => highlightedRanges(site.page)).toHaveLength(0);
    expect(session.foreignRequests).toEqual([]);
    await popup.close();
    await site.page.close();
  });

  test('a policy inside a same-origin frame: the map points into the frame, and the frame shows the highlight', async () => {
    const site = await openSite('/framed-privacy.html');
    const frame = site.page.frames().find((f) => f.url().endsWith('/plugantic/privacy'))!;
    await frame.waitForLoadState();
    const popup = await openPopup(site.tabId);
    await popup.getByRole('region', { name: 'Key facts' }).getByRole('button', { name: /Can you delete it\?/ }).click();
    const [quote] = await openQuotes(popup);
    await popup.locator(`blockquote[data-start="${quote!.start}"]`).first().getByRole('button', { name: 'Show on page' }).click();
    await expect.poll(() => highlightedRanges(frame)).toHaveLength(1);
    const [range] = await highlightedRanges(frame);
    expect(squash(range!.text)).toBe(squash(quote!.text));
    expect(range).toMatchObject({ inPolicy: true, inView: true });
    expect(await highlightedRanges(site.page)).toEqual([]);
    await frame.locator('body').click({ position: { x: 2, y: 2 } });
    await expect.poll(() => highlightedRanges(frame)).toHaveLength(0);
    expect(session.foreignRequests).toEqual([]);
    await popup.close();
    await site.page.close();
  });

  test('a page re-rendered since it was read: the map no longer vouches for its nodes, and the text search still finds the sentence', async () => {
    const site = await openSite('/plenum/privacy');
    const popup = await openPopup(site.tabId);
    await popup.getByRole('region', { name: 'Key facts' }).getByRole('button', { name: /Can you delete it\?/ }).click();
    const [quote] = await openQuotes(popup);
    // Same text, new nodes (what a client-side framework does when it re-renders).
    await site.page.evaluate(() => {
      const article = document.querySelector('article')!;
      article.innerHTML = article.innerHTML;
    });
    await popup.locator(`blockquote[data-start="${quote!.start}"]`).first().getByRole('button', { name: 'Show on page' }).click();
    await expect.poll(() => highlightedRanges(site.page)).toHaveLength(1);
    const [range] = await highlightedRanges(site.page);
    expect(squash(range!.text)).toBe(squash(quote!.text));
    expect(range!.inPolicy).toBe(true);
    expect(session.foreignRequests).toEqual([]);
    await popup.close();
    await site.page.close();
  });
});

/** A card of the stored one with hand-made findings: conditions, contrary quotes, named recipients. */
function withFindings(card: Card, findings: Finding[]): Card {
  return { ...card, findings };
}

const quote = (start: number, text: string, contrary = false) => ({ start, end: start + text.length, text, ...(contrary ? { contrary: true as const } : {}) });

const CONDITIONAL: Finding[] = [
  { section: 'sharing', id: 'advertisers', status: 'no', condition: 'consent', evidence: [quote(400, 'We will not share your data with advertisers unless you agree.'), quote(900, 'Partners may show you ads based on what you do.', true)] },
  { section: 'sharing', id: 'sale', status: 'no', condition: 'law', evidence: [quote(500, 'We do not sell personal information except where the law requires it.')] },
  ...['Google', 'Meta', 'Stripe', 'Twilio', 'Sentry'].map((detail, i): Finding => ({ section: 'sharing', id: 'named', status: 'yes', detail, evidence: [quote(1000 + i * 100, `We use ${detail} to run the service.`)] })),
  { section: 'rights', id: 'delete', status: 'yes', evidence: [quote(2000, 'You can delete your account at any time.')] },
  { section: 'retention', id: 'stated', status: 'yes', value: 'P2Y', evidence: [quote(2100, 'We keep invoices for two years.')] },
];

describe('conditions and contrary quotes', () => {
  let conditional: Card;
  let plain: Card;
  let selling: Card;

  test('the popup shows "unless you agree" and "The policy also says …"', async () => {
    // Analyse the page once to learn its identity (url + text hash), then replace its findings through import.
    const site = await openSite('/acme-privacy.html');
    (await openPopup(site.tabId)).close();
    const library = await openLibrary();
    const stored = (await storedCards(library)).find((c) => c.source.url === site.url)!;
    conditional = withFindings(stored, CONDITIONAL);
    const base = { ...stored, source: { ...stored.source } };
    plain = withFindings({ ...base, id: `${base.id}-plain`, service: { name: 'Plain Co', domain: 'plain.example' }, source: { ...base.source, url: 'https://plain.example/privacy' } }, [
      { section: 'sharing', id: 'advertisers', status: 'no', evidence: [quote(10, 'We never share data with advertisers.')] },
      { section: 'sharing', id: 'sale', status: 'no', evidence: [quote(20, 'We do not sell personal information.')] },
    ]);
    selling = withFindings({ ...base, id: `${base.id}-sell`, service: { name: 'Selling Co', domain: 'sell.example' }, source: { ...base.source, url: 'https://sell.example/privacy' } }, [
      { section: 'sharing', id: 'advertisers', status: 'yes', evidence: [quote(10, 'We share data with advertisers.')] },
      { section: 'sharing', id: 'sale', status: 'yes', evidence: [quote(20, 'We sell personal information.')] },
    ]);
    await library.getByRole('button', { name: `Delete ${stored.service.name}` }).click();
    await expect.poll(async () => (await storedCards(library)).some((c) => c.id === stored.id)).toBe(false);
    const file = join(tmpdir(), `card-view-${Date.now()}.json`);
    writeFileSync(file, JSON.stringify({ format: 'policy-lens/export', version: 1, exportedAt: new Date().toISOString(), cards: [conditional, plain, selling] }));
    await library.getByTestId('import-input').setInputFiles(file);
    await expect.poll(() => library.getByTestId('notice').innerText()).toMatch(/^Imported 3/);
    await library.close();

    const popup = await openPopup(site.tabId);
    await popup.getByText(/^Saved /).waitFor();
    const ads = popup.getByRole('region', { name: 'Sharing' }).getByRole('button', { name: /Does not share with advertisers unless you agree/ });
    await ads.click();
    const quotes = popup.locator(`[id="${await ads.getAttribute('aria-controls')}"]`);
    expect(await quotes.innerText()).toMatch(/unless you agree\.[\s\S]*The policy also says …[\s\S]*Partners may show you ads/);
    await popup.getByRole('button', { name: /Does not sell your data unless the law requires it/ }).waitFor();
    const answers = await keyFactAnswers(popup);
    expect(answers['Shares it for advertising?']).toBe('No, unless you agree');
    expect(answers['Sells your data?']).toBe('No, unless the law requires it');
    const fold = popup.getByRole('button', { name: 'Shares with 5 named companies: Google, Meta, Stripe, …' });
    await fold.click();
    await popup.getByRole('button', { name: /^Shares with Sentry/ }).waitFor();
    await popup.evaluate(() => document.querySelector('[data-section="sharing"]')?.scrollIntoView());
    await popup.screenshot({ path: join(SCREENSHOTS, 'popup-conditions.png') });
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();
  });

  test('the card detail and the compare view show the condition; compare ranks no > no unless you agree > yes', async () => {
    const library = await openLibrary(`?card=${encodeURIComponent(conditional.id)}`);
    const detail = library.locator('.detail-view');
    await detail.waitFor();
    const item = detail.locator('li.finding', { hasText: 'Advertisers' });
    expect(await item.locator('.badge').innerText()).toBe('No, unless you agree');
    await item.locator('summary').click();
    expect(await item.innerText()).toMatch(/The policy also says …\s*Partners may show you ads/);
    expect(await keyFactAnswers(library)).toMatchObject({ 'Shares it for advertising?': 'No, unless you agree' });
    expect(await axeViolations(library)).toEqual([]);

    await library.goto(`chrome-extension://${session.extensionId}/library.html?compare=${[selling, conditional, plain].map((c) => encodeURIComponent(c.id)).join(',')}`);
    const matrix = library.getByTestId('compare-matrix');
    await matrix.waitFor();
    // The sections below the first screen are drawn a frame later; the table is busy until then.
    await expect.poll(() => matrix.getAttribute('aria-busy')).toBe('false');
    const cells = async (label: string) =>
      matrix.locator('tr', { has: library.locator(`th.row-label:text-is("${label}")`) }).locator('td').evaluateAll((tds) => tds.map((td) => ({ text: td.querySelector('.cell-status')?.textContent ?? '', cls: td.className })));
    const ads = await cells('Advertisers');
    expect(ads.map((c) => c.text)).toEqual(['Yes', 'No, unless you agree', 'No']);
    expect(ads.map((c) => /mark-(best|worst)/.exec(c.cls)?.[1])).toEqual(['worst', undefined, 'best']);
    // The key facts head the matrix.
    const keyRows = await library.getByTestId('compare-key-facts').locator('tr[data-key-fact] th').allInnerTexts();
    expect(keyRows).toEqual(['Sells your data?', 'Shares it for advertising?', 'Lets others track you across sites?', 'How long is it kept?', 'Can you get a copy?', 'Can you delete it?', 'Does it leave your country or region?', 'Minimum age?']);
    const sells = await library.getByTestId('compare-key-facts').locator('tr[data-key-fact="sells"] td .cell-status').allInnerTexts();
    expect(sells).toEqual(['Yes', 'No, unless the law requires it', 'No']);
    await matrix.getByRole('button', { name: /^No, unless you agree.*Advertisers, Acme/ }).click();
    expect(await matrix.getByRole('region', { name: /Quotes/ }).innerText()).toMatch(/The policy also says …\s*Partners may show you ads/);
    await library.screenshot({ path: join(SCREENSHOTS, 'library-compare-key-facts.png') });
    await library.keyboard.press('Escape');
    for (const scheme of ['light', 'dark'] as const) {
      await library.emulateMedia({ colorScheme: scheme });
      expect(await axeViolations(library), `compare, ${scheme}`).toEqual([]);
    }
    // The list and the card detail, light and dark.
    await library.goto(`chrome-extension://${session.extensionId}/library.html`);
    await library.getByTestId('card-row').first().waitFor();
    // Keyboard: tick two rows, then C (from the row, no walk back to the Compare button) opens the comparison.
    await library.getByLabel('Select Plain Co').focus();
    await library.keyboard.press('Space');
    await library.getByLabel('Select Selling Co').focus();
    await library.keyboard.press('Space');
    await library.keyboard.press('c');
    await library.getByTestId('compare-matrix').waitFor();
    await library.goto(`chrome-extension://${session.extensionId}/library.html`);
    await library.getByTestId('card-row').first().waitFor();
    for (const scheme of ['light', 'dark'] as const) {
      await library.emulateMedia({ colorScheme: scheme });
      expect(await axeViolations(library), `list, ${scheme}`).toEqual([]);
    }
    await library.goto(`chrome-extension://${session.extensionId}/library.html?card=${encodeURIComponent(conditional.id)}`);
    await library.locator('.detail-view').waitFor();
    for (const scheme of ['light', 'dark'] as const) {
      await library.emulateMedia({ colorScheme: scheme });
      expect(await axeViolations(library), `detail, ${scheme}`).toEqual([]);
    }
    await library.close();
  });

  test('made no network request and raised no page error', () => {
    expect(session.foreignRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
