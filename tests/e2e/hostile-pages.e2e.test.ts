import { resolve } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchExtension, tabIdFor, type ExtensionSession } from './support/extension';
import { serveFixtures, type StaticServer } from './support/static-server';

/**
 * Issue 11 acceptance: pages built to stall the engine (docs/bounds.md) show
 * their card in real Chromium within a second, counted by the popup's own
 * clock from its navigation start: extraction in the page, the engine in the
 * service worker, the card drawn. An ordinary policy goes first, so the
 * worker's one-time start (compiling the rules) is not charged to a hostile page.
 */
const POLICY =
  '<h2>What we collect</h2><p>We collect your email address and name when you create an account.</p>' +
  '<h2>Sharing</h2><p>We do not sell your personal information. We share data with service providers who host our website.</p>' +
  '<h2>Your rights</h2><p>You can access, correct or delete your personal information at any time.</p>' +
  '<h2>Cookies</h2><p>We use cookies to keep you signed in. We retain your data for 12 months.</p>';

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><main><h1>Privacy Policy</h1>${body}${POLICY}</main></body></html>`;
}

const PAGES: Array<[string, string, string]> = [
  ['a 40 kB paragraph title', '/hostile/paragraph-title.html', page('Privacy Policy | Acme', `<p>A${'b'.repeat(40_000)}. We collect your phone number.</p>`)],
  ['a 40 kB A&A& paragraph title', '/hostile/amp-title.html', page('Privacy Policy | Acme', `<p>${'A&amp;'.repeat(20_000)}. We collect your phone number.</p>`)],
  ['a 400k-character <title>', '/hostile/long-title.html', page(`Acme ${'-'.repeat(400_000)} Privacy`, '')],
];

let server: StaticServer;
let session: ExtensionSession;

beforeAll(async () => {
  server = await serveFixtures(resolve('tests/e2e/fixtures'), {
    ...Object.fromEntries(PAGES.map(([, path, html]) => [path, html])),
    '/hostile/ordinary.html': page('Privacy Policy | Acme', ''),
  });
  session = await launchExtension([server.origin]);
  // the worker's first analysis compiles the rules: done on an ordinary policy, not timed
  await cardTime('/hostile/ordinary.html');
}, 90_000);

/** Opens `path` in a tab and its popup; the popup's clock when the card's title appeared. */
async function cardTime(path: string): Promise<{ ms: number; title: string | null }> {
  const url = server.url(path);
  const site = await session.context.newPage();
  await site.goto(url);
  const tabId = await tabIdFor(session.worker, url);
  const popup = await session.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tabId=${tabId}`);
  const shown = await popup.waitForFunction(() => (document.querySelector('h1') ? performance.now() : 0), null, { polling: 'raf', timeout: 30_000 });
  const ms = (await shown.jsonValue()) as number;
  const title = await popup.getByRole('heading', { level: 1 }).textContent();
  await popup.close();
  await site.close();
  return { ms, title };
}

afterAll(async () => {
  await session?.close();
  await server?.close();
});

test.each(PAGES)('%s shows its card within a second', async (name, path) => {
  const { ms, title } = await cardTime(path);
  console.log(`[hostile page] ${name}: card visible ${ms.toFixed(0)} ms after popup navigation start`);
  expect(title).toMatch(/Acme/);
  expect(ms).toBeLessThan(1000);
});
