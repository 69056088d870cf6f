import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { E2E_OPEN_PATH } from '../../../lib/e2e/e2e-open-path';

export const FIREFOX_E2E_BUILD = resolve('.output/firefox-mv2-e2e');
/** The gecko id in wxt.config.ts, and a fixed uuid so the extension's pages are `moz-extension://<uuid>/…`. */
const GECKO_ID = 'policy-lens@policy-lens.local';
export const EXTENSION_UUID = '6a1f1f0e-1b2c-4d3e-8f90-123456789abc';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

/** Debian's firefox-esr (apt), or FIREFOX_PATH. */
export function firefoxPath(): string {
  return process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
}

/**
 * Records every request that leaves the browser for anything but loopback:
 * Firefox is told to send all http(s) traffic through it (loopback never
 * goes through a proxy), and it answers none of them.
 */
async function recordingProxy(): Promise<{ port: number; requests: string[]; close(): Promise<void> }> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    res.writeHead(403).end();
  });
  server.on('connect', (req, socket) => {
    requests.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { port, requests, close: () => new Promise<void>((ok) => server.close(() => ok())) };
}

export interface FirefoxSession {
  browser: Browser;
  /** Requests that went anywhere but loopback (through the recording proxy). */
  foreignRequests: string[];
  /** Console errors and uncaught errors of the extension pages opened with `openExtensionPage`. */
  pageErrors: string[];
  /** Opens the popup (for the tab showing `forUrl`) or the library, through the e2e build's background. */
  openExtensionPage(origin: string, page: 'popup.html' | 'library.html', forUrl?: string): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Headless Firefox ESR driven by puppeteer-core over WebDriver BiDi, with
 * the unsigned e2e build installed as a temporary add-on.
 */
export async function launchFirefox(extensionDir = FIREFOX_E2E_BUILD): Promise<FirefoxSession> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) throw new Error(`${extensionDir} is missing: run npm run build:e2e:firefox first`);
  const proxy = await recordingProxy();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    // Release builds ignore `services.settings.server` unless this is set.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: {
      'xpinstall.signatures.required': false,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxy.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      'network.proxy.share_proxy_settings': true,
      'network.proxy.allow_hijacking_localhost': false,
      // Firefox's own services (not the extension's): pointed at a closed loopback port so they stay quiet.
      'services.settings.server': 'http://127.0.0.1:9/remote-settings/v1',
      'network.connectivity-service.enabled': false,
      'network.captive-portal-service.enabled': false,
      'browser.safebrowsing.update.enabled': false,
      'browser.safebrowsing.downloads.remote.enabled': false,
      'extensions.getAddons.cache.enabled': false,
      'extensions.update.enabled': false,
      'app.update.enabled': false,
    },
  });
  await browser.installExtension(extensionDir);
  const pageErrors: string[] = [];
  return {
    browser,
    foreignRequests: proxy.requests,
    pageErrors,
    async openExtensionPage(origin, page, forUrl) {
      const tab = await browser.newPage();
      tab.on('console', (m) => {
        if (m.type() === 'error') pageErrors.push(`${page} console: ${m.text()}`);
      });
      tab.on('pageerror', (e) => pageErrors.push(`${page}: ${String(e)}`));
      const ask = new URL(`${origin}${E2E_OPEN_PATH}`);
      ask.searchParams.set('page', page);
      if (forUrl) ask.searchParams.set('for', forUrl);
      // The loopback page itself need not exist: the background turns the tab into the extension page.
      await tab.goto(ask.href).catch(() => undefined);
      const prefix = `${EXTENSION_ORIGIN}/${page}`;
      await tab.waitForFunction((p: string) => location.href.startsWith(p), { timeout: 20_000, polling: 100 }, prefix);
      return tab;
    },
    async close() {
      await browser.close();
      await proxy.close();
    },
  };
}

/** Waits until the page's text matches `pattern`, then returns that text. */
export async function waitForText(page: Page, pattern: RegExp, timeout = 20_000): Promise<string> {
  await page.waitForFunction(
    (source: string, flags: string) => new RegExp(source, flags).test(document.body?.innerText ?? ''),
    { timeout, polling: 100 },
    pattern.source,
    pattern.flags,
  );
  return page.evaluate(() => document.body.innerText);
}

/** Every card in the extension's IndexedDB, read raw from an extension page (as tests/e2e/support/stored-cards does), sorted by id. */
export async function storedCardsIn(page: Page): Promise<Array<{ id: string }>> {
  const cards = await page.evaluate(
    () =>
      new Promise<unknown[]>((ok, fail) => {
        const open = indexedDB.open('policy-lens');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction('packs').objectStore('packs').getAll();
          request.onsuccess = () => {
            db.close();
            const packs = request.result as Array<{ body: Blob | string }>;
            Promise.all(
              packs.map(async (p) => JSON.parse(`[${typeof p.body === 'string' ? p.body : await p.body.text()}]`) as unknown[]),
            ).then((all) => ok(all.flat()), fail);
          };
          request.onerror = () => fail(request.error);
        };
      }),
  );
  return (cards as Array<{ id: string }>).sort((a, b) => (a.id < b.id ? -1 : 1));
}
