import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ElementHandle, Page } from 'puppeteer-core';
import { launchFirefox, storedCardsIn, waitForText, type FirefoxSession } from './support/firefox';
import { serveFixtures, type StaticServer } from '../e2e/support/static-server';
import { E2E_OPEN_PATH } from '../../lib/e2e/e2e-open-path';

/**
 * Policy Lens in real Firefox (Debian's firefox-esr, driven by puppeteer-core
 * over WebDriver BiDi), the e2e build installed as a temporary add-on. The
 * driver may not open moz-extension: pages, so the e2e build's background
 * opens the popup and the library when a tab asks (lib/e2e).
 */

const POPUP_FIXTURES = resolve('tests/e2e/fixtures');
const LIBRARY_FIXTURES = resolve('tests/e2e/library-fixtures');

let server: StaticServer;
let firefox: FirefoxSession;
const scratch = mkdtempSync(join(tmpdir(), 'policy-lens-firefox-'));

beforeAll(async () => {
  // One origin for both fixture folders: library pages under /library/.
  const { readdirSync } = await import('node:fs');
  const extra: Record<string, string> = {};
  for (const name of readdirSync(LIBRARY_FIXTURES)) extra[`/library/${name}`] = readFileSync(join(LIBRARY_FIXTURES, name), 'utf8');
  // The Acme policy with a hidden copy of its article before it (a separate mobile layout): every sentence is there twice.
  const acme = readFileSync(join(POPUP_FIXTURES, 'acme-privacy.html'), 'utf8');
  const article = /<article>([\s\S]*)<\/article>/.exec(acme)![1]!;
  extra['/acme-mobile-copy.html'] = acme.replace('<main>', `<div class="mobile-policy" style="display:none">${article}</div>\n<main>`);
  server = await serveFixtures(POPUP_FIXTURES, extra);
  firefox = await launchFirefox();
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
  rmSync(scratch, { recursive: true, force: true });
});

/** Opens a site page in its own tab, then the popup for it, and waits for the saved card. */
async function analyse(path: string): Promise<{ site: Page; popup: Page; text: string }> {
  const url = server.url(path);
  const site = await firefox.browser.newPage();
  await site.goto(url);
  const popup = await firefox.openExtensionPage(server.origin, 'popup.html', url);
  const text = await waitForText(popup, /Saved to your library/);
  return { site, popup, text };
}

/** The library's hidden file input (what "Import…" clicks). */
async function importInput(library: Page): Promise<ElementHandle<HTMLInputElement>> {
  return (await library.waitForSelector('[data-testid=import-input]')) as ElementHandle<HTMLInputElement>;
}

describe('Policy Lens in Firefox', () => {
  test('the popup shows the card of a policy page, with its sections and quotes, and saves it', async () => {
    const { site, popup, text } = await analyse('/acme-privacy.html');
    expect(text).toMatch(/Data collected/i);
    expect(text).toMatch(/Sharing/i);
    expect(text).toMatch(/Collects contact details/);
    const stored = await storedCardsIn(popup);
    expect(stored.map((c) => c.id)).toHaveLength(1);
    expect(JSON.stringify(stored[0])).toContain(server.url('/acme-privacy.html'));
    await popup.close();
    await site.close();
  });

  test('a page that is not a policy is not saved', async () => {
    const url = server.url('/lemon-cake.html');
    const site = await firefox.browser.newPage();
    await site.goto(url);
    const popup = await firefox.openExtensionPage(server.origin, 'popup.html', url);
    const text = await waitForText(popup, /privacy policy/i);
    expect(text).not.toMatch(/Saved to your library/);
    expect(await storedCardsIn(popup)).toHaveLength(1); // only the Acme card from before
    await popup.close();
    await site.close();
  });

  test('the library lists saved cards, exports them as a file, and imports that file back', async () => {
    for (const name of ['pixelgram.html', 'brightcart.html']) {
      const { site, popup } = await analyse(`/library/${name}`);
      await popup.close();
      await site.close();
    }
    const library = await firefox.openExtensionPage(server.origin, 'library.html');
    await library.waitForSelector('[data-testid=card-row]', { timeout: 20_000 });
    const before = await storedCardsIn(library);
    expect(before).toHaveLength(3);
    expect(await library.$$eval('[data-testid=card-row]', (rows) => rows.length)).toBe(3);

    // Export: the file the page hands to the browser is caught where it is made (an object URL for a download).
    await library.evaluate(() => {
      const made = URL.createObjectURL.bind(URL);
      (window as unknown as { exported: Blob[] }).exported = [];
      URL.createObjectURL = (blob: Blob | MediaSource) => {
        if (blob instanceof Blob) (window as unknown as { exported: Blob[] }).exported.push(blob);
        return made(blob);
      };
    });
    const exportButton = await library.waitForSelector('::-p-text(Export all)');
    await exportButton!.click();
    await waitForText(library, /Exported 3 cards/);
    const exported = await library.evaluate(async () => (window as unknown as { exported: Blob[] }).exported[0]!.text());
    const doc = JSON.parse(exported) as { format: string; version: number; cards: Array<{ id: string }> };
    expect(doc).toMatchObject({ format: 'policy-lens/export', version: 1 });
    expect([...doc.cards].sort((a, b) => (a.id < b.id ? -1 : 1))).toEqual(before);

    // Clear the library by deleting every row, then import the exported file back.
    await (await library.waitForSelector('[aria-label="Select all shown policies"]'))!.click();
    await (await library.waitForSelector('::-p-text(Delete selected)'))!.click();
    await waitForText(library, /Your library is empty/);
    expect(await storedCardsIn(library)).toEqual([]);

    const file = join(scratch, 'policy-lens-export.json');
    writeFileSync(file, exported);
    await importInput(library).then((input) => input.uploadFile(file));
    await waitForText(library, /Imported 3/);
    expect(await storedCardsIn(library)).toEqual(before);

    // A broken file is refused in plain words and changes nothing.
    const broken = join(scratch, 'broken.json');
    writeFileSync(broken, exported.replace('"analyzedAt":"', '"analyzedAt":"zzzz'));
    await importInput(library).then((input) => input.uploadFile(broken));
    const refused = await waitForText(library, /Could not import broken\.json/);
    expect(refused).toMatch(/analyzedAt: not a date and time/);
    expect(await storedCardsIn(library)).toEqual(before);
    await library.close();
  });

  test('"Show on page" highlights, through the map the extractor kept in the tab, the sentence that was read (not its hidden copy)', async () => {
    const url = server.url('/acme-mobile-copy.html');
    const site = await firefox.browser.newPage();
    await site.goto(url);
    const popup = await firefox.openExtensionPage(server.origin, 'popup.html', url);
    await waitForText(popup, /Key facts/);
    // Open every key fact, then take the earliest quote: searching the page's text would find its hidden copy first.
    const quote = await popup.evaluate(() => {
      for (const b of document.querySelectorAll<HTMLButtonElement>('[data-key-fact] button[aria-expanded="false"]')) b.click();
      return new Promise<{ text: string; start: number }>((ok) =>
        setTimeout(() => {
          const quotes = [...document.querySelectorAll('[data-key-fact] blockquote')].map((q) => ({ text: (q.firstChild?.textContent ?? '').trim(), start: Number(q.getAttribute('data-start')) }));
          ok(quotes.sort((a, b) => a.start - b.start)[0]!);
        }, 200),
      );
    });
    expect(quote.text.length).toBeGreaterThan(20);
    await popup.evaluate((start: number) => document.querySelector<HTMLButtonElement>(`blockquote[data-start="${start}"] .quote__show`)!.click(), quote.start);
    await site.waitForFunction(() => ((CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights?.get('policy-lens-quote')?.size ?? 0) > 0, { timeout: 10_000, polling: 100 });
    const range = await site.evaluate(() => {
      const r = [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('policy-lens-quote')!][0]!;
      const node = r.commonAncestorContainer;
      const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
      return { text: r.toString(), inPolicy: !!el?.closest('main'), visible: r.getBoundingClientRect().height > 0 };
    });
    const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
    expect(squash(range.text)).toBe(squash(quote.text));
    expect(range, 'the visible sentence in the policy, not the hidden copy').toMatchObject({ inPolicy: true, visible: true });
    await popup.close();
    await site.close();
  });

  test('the shipped builds carry no e2e hook (only the test build opens pages on request)', () => {
    for (const build of ['.output/firefox-mv2', '.output/chrome-mv3', '.output/firefox-mv2-e2e']) {
      const background = readFileSync(resolve(build, 'background.js'), 'utf8');
      expect(background.includes(E2E_OPEN_PATH), build).toBe(build.endsWith('-e2e'));
    }
  });

  test('made no network request beyond the test server, and the extension pages raised no error', () => {
    expect(firefox.foreignRequests).toEqual([]);
    expect(firefox.pageErrors).toEqual([]);
  });
});
