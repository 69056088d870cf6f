import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { E2E_BUILD, launchExtension, openTab, SHIPPED_BUILD, type ExtensionSession } from './support/extension';
import { openPopupTargets, waitForActionPopup, type ActionPopup } from './support/action-popup';
import { serveFixtures, type StaticServer } from './support/static-server';
import { buildLongPolicyHtml } from './fixtures/long-policy';
import { E2E_CLICK_HOOK } from '../../lib/e2e/click-hook-name';
import { PERF_MARK_PREFIX } from '../../lib/e2e/perf-mark';

/**
 * Chrome's toolbar click (lib/analysis/action-click.ts): the worker starts
 * the analysis at the click and opens the popup itself; the popup's request
 * joins that analysis. A test can't click the toolbar, so it runs the same
 * handler through the e2e build's click hook (lib/e2e/click-hook.ts); the
 * popup then really opens through `action.openPopup`.
 */

let server: StaticServer;
let session: ExtensionSession;
const pages: Record<string, string> = {};
for (const name of ['first', 'second', 'third']) {
  pages[`/${name}/privacy.html`] = buildLongPolicyHtml(10_000).replace('</h1>', `</h1>\n<p>The ${name} revision of this policy.</p>`);
}

beforeAll(async () => {
  server = await serveFixtures(resolve('tests/e2e/fixtures'), pages);
  session = await launchExtension([server.origin], E2E_BUILD, { pinned: true });
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

/** Runs the toolbar click handler for `tabId` `times` times at once, as `action.onClicked` would; every outcome. */
function clicks(tabId: number, times: number): Promise<string[]> {
  return session.worker.evaluate(
    ([hook, id, n]) => {
      const handler = (globalThis as unknown as Record<string, (tabId: number) => Promise<string>>)[hook]!;
      return Promise.all(Array.from({ length: n }, () => handler(id)));
    },
    [E2E_CLICK_HOOK, tabId, times] as const,
  );
}

/** One toolbar click on `tabId`: how it ended. */
async function click(tabId: number): Promise<string> {
  const [outcome] = await clicks(tabId, 1);
  return outcome!;
}

/** How many times the worker injected the extractor since the marks were last cleared (extract-start marks). */
function extractions(): Promise<number> {
  return session.worker.evaluate((name) => performance.getEntriesByName(name).length, `${PERF_MARK_PREFIX}extract-start`);
}

/** The popup's h1 once it appears (polled every frame). */
function heading(popup: ActionPopup): Promise<string> {
  return popup.evaluate<string>(`new Promise((done) => {
    const tick = () => { const h = document.querySelector('h1'); h ? done(h.textContent) : requestAnimationFrame(tick); };
    tick();
  })`);
}

/** Waits until `text` is somewhere in the popup. */
function seeText(popup: ActionPopup, text: string): Promise<boolean> {
  return popup.evaluate<boolean>(`new Promise((done) => {
    const tick = () => (document.body.textContent.includes(${JSON.stringify(text)}) ? done(true) : setTimeout(tick, 20));
    tick();
  })`);
}

function tabPopup(tabId: number): Promise<string> {
  return session.worker.evaluate((id) => chrome.action.getPopup({ tabId: id }), tabId);
}

describe('a toolbar click', () => {
  test('opens the popup, which shows the card of the one analysis the click started, and leaves the next click to the worker', async () => {
    const site = await openTab(session, server.url('/first/privacy.html'));
    await session.worker.evaluate(() => performance.clearMarks());
    const before = await openPopupTargets(session);
    expect(await click(site.tabId)).toBe('popup');
    const popup = await waitForActionPopup(session, before);
    expect(popup.url).toContain(`popup.html?tabId=${site.tabId}`);
    expect(await heading(popup)).toMatch(/Northwind/);
    // The popup's request joined the click's analysis, and its save is confirmed to it like any other.
    expect(await seeText(popup, 'Saved to your library just now')).toBe(true);
    expect(await extractions()).toBe(1);
    // The popup's request cleared the tab's popup: the next click reaches onClicked again.
    expect(await tabPopup(site.tabId)).toBe('');
    await popup.close();
    await site.page.close();
  });

  test('a second click while the popup opens and the page is read opens nothing more and reads the page once', async () => {
    const site = await openTab(session, server.url('/second/privacy.html'));
    await session.worker.evaluate(() => performance.clearMarks());
    const before = await openPopupTargets(session);
    // Two clicks in a row, the second before the first's popup has shown.
    expect(await clicks(site.tabId, 2)).toEqual(['popup', 'popup']);
    const popup = await waitForActionPopup(session, before);
    expect([...(await openPopupTargets(session))]).toEqual([popup.targetId]);
    expect(await heading(popup)).toMatch(/Northwind/);
    expect(await extractions()).toBe(1);
    await popup.close();
    await site.page.close();
  });

  test('a click after the card was saved reads the page again and shows the saved card', async () => {
    const site = await openTab(session, server.url('/third/privacy.html'));
    let before = await openPopupTargets(session);
    expect(await click(site.tabId)).toBe('popup');
    let popup = await waitForActionPopup(session, before);
    expect(await seeText(popup, 'Saved to your library just now')).toBe(true);
    await popup.close();
    await session.worker.evaluate(() => performance.clearMarks());
    before = await openPopupTargets(session);
    expect(await click(site.tabId)).toBe('popup');
    popup = await waitForActionPopup(session, before);
    expect(await heading(popup)).toMatch(/Northwind/);
    // Ended analyses answer only the popup of their own click: a new click reads the page afresh.
    expect(await extractions()).toBe(1);
    expect(await seeText(popup, 'Saved')).toBe(true);
    await popup.close();
    await site.page.close();
  });
});

describe('builds', () => {
  /** Every script of a build, concatenated. */
  const scripts = (dir: string): string => {
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
    return files.map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
  };

  test('only the test build carries the click hook and the timing marks', () => {
    const shipped = scripts(SHIPPED_BUILD);
    const e2e = scripts(E2E_BUILD);
    expect(e2e).toContain(E2E_CLICK_HOOK);
    expect(e2e).toContain(PERF_MARK_PREFIX);
    expect(shipped).not.toContain(E2E_CLICK_HOOK);
    expect(shipped).not.toContain(PERF_MARK_PREFIX);
    // The click handler itself ships.
    expect(shipped).toContain('openPopup');
  });
});

declare const chrome: { action: { getPopup(details: { tabId: number }): Promise<string> } };
