import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, openTab, type ExtensionSession } from './support/extension';
import { serveFixtures, type StaticServer } from './support/static-server';
import { storedCards } from './support/stored-cards';
import { seedAsWebPage } from '../support/seed-page';

/** Pages that are not an English policy, and a policy inside an iframe. */
const FIXTURES = resolve('tests/e2e/fixtures');
const SEEDS = resolve('../shared/seeds');

let server: StaticServer;
let session: ExtensionSession;
const pageErrors: string[] = [];

beforeAll(async () => {
  server = await serveFixtures(FIXTURES, {
    '/fernwood/privacy': seedAsWebPage(readFileSync(join(SEEDS, '000_b9733ba957b82573.txt'), 'utf8'), 'Planim'),
    '/plugantic/privacy': seedAsWebPage(readFileSync(join(SEEDS, '002_3edcce855d137134.txt'), 'utf8'), 'Plugantic'),
  });
  session = await launchExtension([server.origin]);
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
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tabId=${tabId}`);
  return popup;
}

const cardsFor = async (page: Page, url: string) => (await storedCards(page)).filter((c) => c.source.url === url);

describe('pages that are not a policy', () => {
  test('a German policy gets one sentence naming the language, and no card is saved', async () => {
    const site = await openSite('/german-privacy.html');
    const popup = await openPopup(site.tabId);
    const status = popup.getByRole('status');
    await popup.getByText('This policy is in German, and Policy Lens reads only English policies, so nothing was saved.').waitFor({ timeout: 20_000 });
    expect(await status.count()).toBe(1);
    expect(await popup.getByText("The policy doesn't say.").count()).toBe(0);
    expect(await cardsFor(popup, site.url)).toEqual([]);
    await popup.close();
    await site.page.close();
  });

  test('a page that is mostly a cookie banner is not saved as a policy', async () => {
    const site = await openSite('/cookie-banner.html');
    const popup = await openPopup(site.tabId);
    await popup.getByText('This page shows a cookie notice, not a privacy policy, so nothing was saved.').waitFor({ timeout: 20_000 });
    expect(await cardsFor(popup, site.url)).toEqual([]);
    await popup.close();
    await site.page.close();
  });

  test('a shop page offers "Open this site\'s privacy policy"; following it and clicking again gives a card', async () => {
    const site = await openSite('/shop.html');
    const popup = await openPopup(site.tabId);
    const open = popup.getByRole('button', { name: "Open this site's privacy policy" });
    await open.waitFor({ timeout: 20_000 });
    expect(await cardsFor(popup, site.url)).toEqual([]);
    const closed = popup.waitForEvent('close');
    await open.click();
    await closed; // the popup closes itself, as a real popup does
    await site.page.waitForURL(server.url('/fernwood/privacy'));
    const again = await openPopup(site.tabId);
    await again.getByText('Saved to your library just now').waitFor({ timeout: 20_000 });
    expect(await again.getByRole('heading', { level: 1 }).innerText()).toMatch(/Planim/);
    expect(await cardsFor(again, server.url('/fernwood/privacy'))).toHaveLength(1);
    await again.close();
    await site.page.close();
  });

  test('a policy inside a same-origin iframe is extracted and gets its card', async () => {
    const site = await openSite('/framed-privacy.html');
    await site.page.frameLocator('iframe').locator('h1').waitFor();
    const popup = await openPopup(site.tabId);
    await popup.getByText('Saved to your library just now').waitFor({ timeout: 20_000 });
    const [card] = await cardsFor(popup, site.url);
    expect(card?.findings.length).toBeGreaterThan(20);
    expect(await popup.getByRole('region', { name: 'Key facts' }).getByText('Can you delete it?').count()).toBe(1);
    await popup.close();
    await site.page.close();
  });

  test('the page hears nothing from Policy Lens: no window message, no DOM change while it is read', async () => {
    const site = await openSite('/acme-privacy.html');
    await site.page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      addEventListener('message', (e) => seen.push(`message: ${JSON.stringify(e.data)}`), true);
      new MutationObserver((records) => seen.push(`mutation: ${records.length}`)).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    });
    const popup = await openPopup(site.tabId);
    await popup.getByText('Saved to your library just now').waitFor({ timeout: 20_000 });
    await site.page.waitForTimeout(300); // a postMessage is delivered asynchronously
    expect(await site.page.evaluate(() => (window as unknown as { seen: string[] }).seen)).toEqual([]);
    await popup.close();
    await site.page.close();
  });

  test('made no network request and raised no page error', () => {
    expect(session.foreignRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
