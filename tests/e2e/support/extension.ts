import { execSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, mkdirSync, rmSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const E2E_BUILD = resolve('.output/chrome-mv3-e2e');
export const SHIPPED_BUILD = resolve('.output/chrome-mv3');

/** Debian's chromium, found on PATH as the toolchain notes say. */
export function chromiumPath(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  return execSync('command -v chromium', { shell: '/bin/sh' }).toString().trim();
}

export interface ExtensionSession {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Every request the browser made to anything but the test server and the extension itself. */
  foreignRequests: string[];
  close(): Promise<void>;
}

/**
 * The id Chromium gives an extension loaded unpacked from `dir`: the first
 * 32 hex digits of the SHA-256 of its absolute path, written with a–p.
 */
export function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(resolve(dir)).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

/**
 * Launches headless Chromium with the e2e build loaded unpacked in a fresh
 * profile. `allowedOrigins` are the test servers; any other http(s) request
 * is recorded in `foreignRequests` so tests can assert there are none.
 * `pinned`: the toolbar button is pinned, as for a person who clicks it
 * (an unpinned one is first popped out onto the toolbar, an animation of
 * ~275 ms here, before `action.openPopup` shows the popup).
 */
export async function launchExtension(
  allowedOrigins: string[] = [],
  extensionDir: string = E2E_BUILD,
  { pinned = false }: { pinned?: boolean } = {},
): Promise<ExtensionSession> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`${extensionDir} is missing: run npm run build:e2e first`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'policy-lens-e2e-'));
  if (pinned) {
    // Chromium reads the pinned buttons from the profile's preferences at start.
    mkdirSync(join(profile, 'Default'));
    writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify({ extensions: { pinned_extensions: [unpackedExtensionId(extensionDir)] } }));
  }
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
    ],
  });
  const foreignRequests: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (!/^https?:/.test(url)) return;
    if (allowedOrigins.some((origin) => url.startsWith(origin))) return;
    foreignRequests.push(url);
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    foreignRequests,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The tab id Chromium gave the page at `url` (the test build may inject into it). */
export async function tabIdFor(worker: Worker, url: string): Promise<number> {
  const id = await worker.evaluate(async (u: string) => {
    const tabs = await chrome.tabs.query({ url: u });
    return tabs[0]?.id ?? -1;
  }, url);
  if (id < 0) throw new Error(`no tab found for ${url}`);
  return id;
}

/** Opens `url` in its own tab: the page, and the tab id Chromium gave it (what the popup is opened for). */
export async function openTab(session: ExtensionSession, url: string): Promise<{ page: Page; tabId: number; url: string }> {
  const page = await session.context.newPage();
  await page.goto(url);
  return { page, tabId: await tabIdFor(session.worker, url), url };
}

/** The manifest of a build, parsed. */
export function readManifest(dir: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
}

declare const chrome: { tabs: { query(q: { url: string }): Promise<Array<{ id?: number }>> } };
