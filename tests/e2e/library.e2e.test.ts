import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, tabIdFor, type ExtensionSession } from './support/extension';
import { serveFixtures, type StaticServer } from './support/static-server';
import { storedCards } from './support/stored-cards';
import type { Card } from '../../lib/schema';

const FIXTURES = resolve('tests/e2e/library-fixtures');
const SCREENSHOTS = resolve('docs/screenshots');
const NORTHWIND = '/northwind/privacy';

// Served from a mutable map so the test can change the policy text at the same URL later.
const northwindV1 = readFileSync(join(FIXTURES, 'northwind-notes.html'), 'utf8');
const northwindV2 = northwindV1
  .replace('Last updated: March 3, 2025', 'Last updated: September 9, 2025')
  .replace('We keep server logs for 30 days, after which they are deleted.', 'We keep server logs for 1 year, after which they are deleted.')
  .replace(
    '<p>We do not share your information with advertisers, and we do not show ads in Northwind Notes.</p>',
    '<p>We share information with advertising partners to show you personalized ads on the free plan.</p>',
  );
const generated: Record<string, string> = { [NORTHWIND]: northwindV1 };

let server: StaticServer;
let session: ExtensionSession;
let library: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  server = await serveFixtures(FIXTURES, generated);
  session = await launchExtension([server.origin]);
  mkdirSync(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

/** Saves a card the way a person does: open the site page, open the popup for its tab, wait for "saved". */
async function analyseThroughPopup(path: string): Promise<void> {
  const url = server.url(path);
  const site = await session.context.newPage();
  await site.goto(url);
  const tabId = await tabIdFor(session.worker, url);
  const popup = await session.context.newPage();
  popup.on('pageerror', (e) => pageErrors.push(`popup: ${e.message}`));
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tabId=${tabId}`);
  await popup.getByText('Saved to your library just now').waitFor({ timeout: 20_000 });
  await popup.close();
  await site.close();
}

const rows = (page: Page) => page.getByTestId('card-row');
const notice = (page: Page) => page.getByTestId('notice');

describe('the library', () => {
  test('three policies saved through the popup are listed with their flags', async () => {
    await analyseThroughPopup(NORTHWIND);
    await analyseThroughPopup('/brightcart.html');
    await analyseThroughPopup('/pixelgram.html');

    library = await session.context.newPage();
    library.on('pageerror', (e) => pageErrors.push(`library: ${e.message}`));
    library.on('console', (m) => m.type() === 'error' && pageErrors.push(`library console: ${m.text()}`));
    await library.goto(`chrome-extension://${session.extensionId}/library.html`);
    await expect.poll(() => rows(library).count()).toBe(3);

    const row = (name: string) => rows(library).filter({ hasText: name });
    // Sells data / advertisers / longest retention / can delete, as the engine read each policy.
    expect(await row('Brightcart').innerText()).toMatch(/Yes\s+Yes\s+7 years\s+Yes/);
    expect(await row('Northwind Notes').innerText()).toMatch(/No\s+No\s+90 days\s+Yes/);
    expect(await row('Pixelgram').innerText()).toMatch(/Not stated\s+Yes\s+Indefinitely\s+No/);

    await library.getByLabel('Search by name or domain').fill('pixel');
    await expect.poll(() => rows(library).count()).toBe(1);
    await library.getByLabel('Search by name or domain').fill('');
    await library.getByRole('button', { name: 'Sells data' }).click();
    await expect.poll(() => rows(library).allInnerTexts()).toEqual([expect.stringContaining('Brightcart')]);
    await library.getByRole('button', { name: 'Sells data' }).click();
    await library.getByLabel('Sort by').selectOption('name');
    await expect.poll(async () => (await rows(library).allInnerTexts()).map((t) => t.split('\n')[0])).toEqual(['Brightcart', 'Northwind Notes', 'Pixelgram']);
  });

  test('every control has a name, the keyboard reaches them, and text is readable in light and dark mode', async () => {
    // Visible buttons, inputs, selects and links, and what a screen reader would call them.
    const unnamed = await library.evaluate(() => {
      const nameOf = (el: Element): string => {
        const byId = (ids: string) => ids.split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
        const labelled = el.getAttribute('aria-labelledby');
        const forLabel = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : undefined;
        const own = el instanceof HTMLInputElement || el instanceof HTMLSelectElement ? '' : el.textContent;
        return [el.getAttribute('aria-label'), labelled && byId(labelled), forLabel, el.closest('label')?.textContent, own, el.getAttribute('title')].find((x) => x && x.trim())?.trim() ?? '';
      };
      return [...document.querySelectorAll('button, input, select, textarea, a[href], [role="button"]')]
        .filter((el) => el.getClientRects().length > 0)
        .filter((el) => !nameOf(el))
        .map((el) => el.outerHTML.slice(0, 120));
    });
    expect(unnamed).toEqual([]);

    // Tab from the top of the page reaches the search box, sort, filters, a row's checkbox, import and export.
    await library.locator('body').focus();
    const reached = new Set<string>();
    for (let i = 0; i < 40; i++) {
      await library.keyboard.press('Tab');
      reached.add(await library.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return el ? `${el.tagName.toLowerCase()}:${el.getAttribute('aria-label') ?? el.textContent?.trim() ?? ''}` : '';
      }));
    }
    const seen = [...reached].join('\n');
    for (const want of [/input:Search/i, /select:/, /button:Sells data/, /input:Select Brightcart/, /button:Import/, /button:Export all/]) expect(seen).toMatch(want);

    // WCAG AA contrast (4.5:1) for the list's text in both colour schemes.
    const contrasts = async () =>
      library.evaluate(() => {
        const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
        const lum = ([r, g, b]: number[]) => {
          const f = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
          return 0.2126 * f(r!) + 0.7152 * f(g!) + 0.0722 * f(b!);
        };
        const background = (el: Element | null): string => {
          for (; el; el = el.parentElement) {
            const bg = getComputedStyle(el).backgroundColor;
            if (!/rgba\(.*,\s*0\)$|transparent/.test(bg)) return bg;
          }
          return getComputedStyle(document.documentElement).backgroundColor;
        };
        return [...document.querySelectorAll('[data-testid="card-row"] *, button, h1, label')]
          .filter((el) => el.childNodes.length && [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim()))
          .map((el) => {
            const a = lum(rgb(getComputedStyle(el).color));
            const b = lum(rgb(background(el)));
            return { text: el.textContent!.trim().slice(0, 30), ratio: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05) };
          });
      });
    for (const scheme of ['dark', 'light'] as const) {
      await library.emulateMedia({ colorScheme: scheme });
      const checked = await contrasts();
      expect(checked.length).toBeGreaterThan(10);
      expect(checked.filter((c) => c.ratio < 4.5).map((c) => `${scheme}: ${c.text} ${c.ratio.toFixed(2)}`)).toEqual([]);
    }
  });

  test('compares the three side by side, best and worst marked, and survives a reload', async () => {
    for (const name of ['Brightcart', 'Northwind Notes', 'Pixelgram']) await library.getByLabel(`Select ${name}`).check();
    await library.screenshot({ path: join(SCREENSHOTS, 'library-list.png') });
    await library.getByRole('button', { name: 'Compare (3)' }).click();
    const matrix = library.getByTestId('compare-matrix');
    // The sections below the first screen are drawn a frame later; the table is busy until then.
    const complete = () => expect.poll(() => matrix.getAttribute('aria-busy')).toBe('false');
    await matrix.waitFor();
    await complete();
    expect(new URL(library.url()).searchParams.get('compare')?.split(',')).toHaveLength(3);

    const heads = await matrix.locator('thead th.service-head .service-name').allInnerTexts();
    const cellsOf = async (label: string) => {
      const row = matrix.locator('tr', { has: library.locator(`th.row-label:text-is("${label}")`) });
      const cells = await row.locator('td').evaluateAll((tds) => tds.map((td) => ({ text: (td as HTMLElement).innerText, cls: td.className })));
      return Object.fromEntries(heads.map((h, i) => [h, cells[i]!]));
    };
    const sale = await cellsOf('Sells or rents your data');
    expect(sale['Northwind Notes']).toMatchObject({ text: expect.stringMatching(/^No/), cls: expect.stringContaining('mark-best') });
    expect(sale['Brightcart']).toMatchObject({ text: expect.stringMatching(/^Yes/), cls: expect.stringContaining('mark-worst') });
    expect(sale['Pixelgram']!.text).toMatch(/Not stated/);
    const retention = await cellsOf('Stated retention period');
    expect(retention['Northwind Notes']!.cls).toContain('mark-best');
    expect(retention['Brightcart']).toMatchObject({ text: expect.stringContaining('7 years'), cls: expect.stringContaining('mark-worst') });
    const del = await cellsOf('Delete your data');
    expect(del['Pixelgram']).toMatchObject({ text: expect.stringMatching(/^No/), cls: expect.stringContaining('mark-worst') });

    // The quote behind a cell, on click.
    await matrix.getByRole('button', { name: /^Yes.*, Sells or rents your data, Brightcart$/ }).click();
    await expect.poll(() => matrix.getByRole('region', { name: /Quotes/ }).innerText()).toContain('We may sell personal information');

    await library.reload();
    await matrix.waitFor();
    await complete();
    expect(await matrix.locator('thead th.service-head').count()).toBe(3);
    const allRows = await matrix.locator('tbody tr').count();
    await library.getByLabel('Differences only').check();
    await expect.poll(() => matrix.locator('tbody tr').count()).toBeLessThan(allRows);
    // Every row left differs somewhere; topics nobody states are gone.
    const left = await matrix.locator('tbody tr:not(.section-row)').evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => (td as HTMLElement).innerText.replace(/\s*(Best|Worst)\s*/g, ' ').trim())),
    );
    expect(left.length).toBeGreaterThan(5);
    for (const cells of left) expect(new Set(cells).size).toBeGreaterThan(1);
    await library.getByLabel('Differences only').uncheck();
    // A taller window for the screenshot, so it shows collected, sharing and retention with an open quote.
    await library.setViewportSize({ width: 1280, height: 1500 });
    await library.locator('.matrix-scroll').evaluate((el) => el.scrollTo(0, 0));
    await matrix.getByRole('button', { name: /, Sells or rents your data, Brightcart$/ }).click();
    await library.screenshot({ path: join(SCREENSHOTS, 'library-compare.png') });
    await library.keyboard.press('Escape');
    await expect.poll(() => matrix.getByRole('region', { name: /Quotes/ }).count()).toBe(0);
    await library.setViewportSize({ width: 1280, height: 900 });
  });

  test('a changed policy keeps both versions and the card shows what changed', async () => {
    generated[NORTHWIND] = northwindV2;
    await analyseThroughPopup(NORTHWIND);
    await library.goto(`chrome-extension://${session.extensionId}/library.html`);
    await expect.poll(() => rows(library).count()).toBe(3);
    expect(await rows(library).filter({ hasText: 'Northwind Notes' }).innerText()).toMatch(/2 versions/);
    await library.getByRole('button', { name: 'Northwind Notes', exact: true }).click();
    const history = library.getByTestId('history-diff');
    await history.waitFor();
    const text = await history.innerText();
    expect(text).toMatch(/Policy changed since/);
    // v1 said "we do not share with advertisers"; v2 does. Logs went from 30 days to 1 year.
    expect(text).toMatch(/changed\s+Sharing ›\s+Advertisers: No → Yes/i);
    expect(text).toMatch(/changed\s+Retention ›\s+Stated retention period: Yes, 30 days.* → Yes, 1 year/i);
    expect(text).toMatch(/changed\s+About this policy ›\s+Last updated: Yes, March 3, 2025 → Yes, September 9, 2025/i);
    expect(text).not.toMatch(/Encryption/);
    // The older version stays viewable.
    await library.getByRole('button', { name: /^Analysed / }).click();
    await library.getByRole('note').filter({ hasText: 'older version' }).waitFor();
    await library.getByRole('button', { name: '← Library' }).click();
  });

  let exported: string;
  let before: Card[];

  test('exports everything as one validated JSON file named by date', async () => {
    before = await storedCards(library);
    expect(before).toHaveLength(4);
    const [download] = await Promise.all([library.waitForEvent('download'), library.getByRole('button', { name: 'Export all' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^policy-lens-\d{4}-\d{2}-\d{2}\.json$/);
    exported = join(tmpdir(), `library-e2e-${Date.now()}.json`);
    await download.saveAs(exported);
    const doc = JSON.parse(readFileSync(exported, 'utf8'));
    expect(doc).toMatchObject({ format: 'policy-lens/export', version: 1, exportedAt: expect.any(String) });
    expect([...doc.cards].sort((a: Card, b: Card) => (a.id < b.id ? -1 : 1))).toEqual(before);
  });

  test('delete with undo, then clear the library and import the file back: identical cards', async () => {
    await library.getByLabel('Select all shown policies').check();
    await library.getByRole('button', { name: 'Delete selected' }).click();
    await expect.poll(() => rows(library).count()).toBe(0);
    await library.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => rows(library).count()).toBe(3);
    expect(await storedCards(library)).toEqual(before);

    await library.getByLabel('Select all shown policies').check();
    await library.getByRole('button', { name: 'Delete selected' }).click();
    await library.getByRole('heading', { name: 'Your library is empty' }).waitFor();
    expect(await storedCards(library)).toEqual([]);

    await library.getByTestId('import-input').setInputFiles(exported);
    await expect.poll(() => notice(library).innerText()).toMatch(/^Imported 4/);
    await expect.poll(() => rows(library).count()).toBe(3);
    expect(await storedCards(library)).toEqual(before);

    await library.getByTestId('import-input').setInputFiles(exported);
    await expect.poll(() => notice(library).innerText()).toMatch(/Imported 0, 4 already in your library/);
  });

  test('a malformed file, picked or dropped, says what is wrong and where, and changes nothing', async () => {
    const doc = JSON.parse(readFileSync(exported, 'utf8'));
    doc.cards[1].findings[0].status = 'maybe';
    const bad = join(tmpdir(), `library-e2e-bad-${Date.now()}.json`);
    writeFileSync(bad, JSON.stringify(doc));
    await library.getByTestId('import-input').setInputFiles(bad);
    const alert = library.getByRole('alert');
    await expect.poll(() => alert.innerText()).toContain('cards[1].findings[0].status: expected "yes" or "no"');
    expect(await alert.innerText()).toContain('Your library was not changed');
    expect(await storedCards(library)).toEqual(before);

    // Drag and drop: a truncated export dropped on the page.
    const truncated = readFileSync(exported, 'utf8').slice(0, 500);
    const dataTransfer = await library.evaluateHandle((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'truncated.json', { type: 'application/json' }));
      return dt;
    }, truncated);
    await library.dispatchEvent('.app', 'dragenter', { dataTransfer });
    await library.dispatchEvent('.app', 'dragover', { dataTransfer });
    await library.dispatchEvent('.app', 'drop', { dataTransfer });
    await expect.poll(() => alert.innerText()).toContain('not valid JSON');
    expect(await storedCards(library)).toEqual(before);
  });

  test('made no network request and raised no page error', () => {
    expect(session.foreignRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
