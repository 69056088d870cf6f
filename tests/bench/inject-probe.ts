/**
 * Where the time of `scripting.executeScript({ files: ['/extract.js'] })`
 * goes on the 10,000-word policy, warm, seen from the service worker and
 * the page (docs/popup-speed.md, "inject + transfer"). Not a test.
 *
 *   npm run build:e2e && npx tsx tests/bench/inject-probe.ts [build]
 *
 * Per fresh tab: the floor (an empty `func` injected and answered), then
 * the extractor, split by the marks the e2e build's extractor leaves in the
 * page (`extractor-start`, `extractor-end`, lib/e2e/perf-mark.ts) into
 * worker → script running, the extractor itself, and its answer back; plus
 * the answer's size and the cost of sending a string of that size back;
 * then, on another fresh tab, the extractor while the toolbar popup opens
 * and loads at the same time (PROBE_WAIT_POPUP=1: after it has loaded).
 */
import { resolve } from 'node:path';
import { E2E_BUILD, launchExtension, openTab } from '../e2e/support/extension';
import { serveFixtures } from '../e2e/support/static-server';
import { buildLongPolicyHtml } from '../e2e/fixtures/long-policy';

const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const PREFIX = 'policy-lens:';
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/** Runs in the worker: the timings of one tab, on the epoch axis (timeOrigin + now) where they cross processes. */
const PROBE = `async (tabId) => {
  const now = () => performance.timeOrigin + performance.now();
  const run = async (target) => { const t0 = now(); const [r] = await chrome.scripting.executeScript(target); return { t0, t1: now(), result: r.result }; };
  const floor = await run({ target: { tabId }, func: () => 1 });
  const extract = await run({ target: { tabId }, files: ['/extract.js'] });
  const size = JSON.stringify(extract.result).length;
  const echo = await run({ target: { tabId }, func: (n) => 'x'.repeat(n), args: [size] });
  const again = await run({ target: { tabId }, files: ['/extract.js'] });
  return { floor: floor.t1 - floor.t0, extract: [extract.t0, extract.t1], size, echo: echo.t1 - echo.t0, again: again.t1 - again.t0 };
}`;

/** The extractor while the popup opens and loads at the same time (as after a click in the click model). */
const WITH_POPUP = `async (tabId) => {
  const now = () => performance.timeOrigin + performance.now();
  const tab = await chrome.tabs.get(tabId);
  await chrome.action.setPopup({ tabId, popup: 'popup.html?tabId=999999' });
  const opened = chrome.action.openPopup({ windowId: tab.windowId }).catch((e) => String(e));
  if (globalThis.__plWaitPopup) { await opened; await new Promise((r) => setTimeout(r, 700)); }
  const t0 = now();
  await chrome.scripting.executeScript({ target: { tabId }, files: ['/extract.js'] });
  const t1 = now();
  await opened;
  await chrome.action.setPopup({ tabId, popup: '' });
  return t1 - t0;
}`;

async function main() {
  const build = resolve(process.argv[2] ?? E2E_BUILD);
  const pages: Record<string, string> = {};
  for (let i = -1; i < RUNS; i++) pages[`/run-${i}/privacy.html`] = buildLongPolicyHtml(10_000).replace('</h1>', `</h1>\n<p>Revision ${i + 2}.</p>`);
  const server = await serveFixtures(resolve('tests/e2e/fixtures'), pages);
  const session = await launchExtension([server.origin], build);
  const rows: Record<string, number[]> = {};
  const add = (key: string, value: number) => (rows[key] ??= []).push(value);
  try {
    for (let i = -1; i < RUNS; i++) {
      const site = await openTab(session, server.url(`/run-${i}/privacy.html`));
      await site.page.waitForTimeout(300);
      const p = (await session.worker.evaluate(`(${PROBE})(${site.tabId})`)) as { floor: number; extract: [number, number]; size: number; echo: number; again: number };
      const marks = (await site.page.evaluate(
        (prefix) => performance.getEntriesByType('mark').filter((m) => m.name.startsWith(prefix)).map((m) => [m.name.slice(prefix.length), performance.timeOrigin + m.startTime] as const),
        PREFIX,
      )) as Array<readonly [string, number]>;
      const start = marks.find(([n]) => n === 'extractor-start')?.[1];
      const end = marks.find(([n]) => n === 'extractor-end')?.[1];
      if (i >= 0 && start !== undefined && end !== undefined) {
        add('floor: empty func injected and answered', p.floor);
        add('extractor: executeScript in all', p.extract[1] - p.extract[0]);
        add('  worker → extractor running (file, compile, IPC)', start - p.extract[0]);
        add('  the extractor itself (in the page)', end - start);
        add('  extractor done → worker has the answer', p.extract[1] - end);
        add('answer size (JSON characters)', p.size);
        add('a string of that size sent back (func)', p.echo);
        add('the extractor again on the same page', p.again);
      }
      await site.page.close();
      // A fresh tab again, the popup opening meanwhile (it can't analyse: ?tabId= names no tab).
      const other = await openTab(session, server.url(`/run-${i}/privacy.html`));
      await other.page.bringToFront();
      await other.page.waitForTimeout(300);
      if (process.env.PROBE_WAIT_POPUP) await session.worker.evaluate('globalThis.__plWaitPopup = true');
      const ms = (await session.worker.evaluate(`(${WITH_POPUP})(${other.tabId})`)) as number;
      const inPage = (await other.page.evaluate((prefix) => {
        const [a, b] = ['extractor-start', 'extractor-end'].map((n) => performance.getEntriesByName(prefix + n)[0]?.startTime ?? NaN);
        return b! - a!;
      }, PREFIX)) as number;
      if (i >= 0) {
        add('extractor, the popup opening meanwhile: in all', ms);
        add('  of which the extractor itself', inPage);
      }
      await session.context.pages().find((pg) => pg.url().includes('popup.html'))?.close();
      await other.page.close();
    }
  } finally {
    await session.close();
    await server.close();
  }
  console.log(`${build}: medians over ${RUNS} fresh tabs (10,000-word policy, warm worker)`);
  console.log('| | median ms |\n|---|---|');
  for (const [key, xs] of Object.entries(rows)) console.log(`| ${key} | ${median(xs).toFixed(1)} |`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
