/**
 * Click → card on a 10,000-word policy, warm (issue 10: ≤ 300 ms; the
 * content script ≤ 60 kB). Not a test: a benchmark that prints numbers.
 *
 *   npm run bench:popup                      (builds the e2e build, times it)
 *   npx tsx tests/bench/popup-bench.ts A B   (paired A/B of two e2e builds)
 *
 * Each build runs in its own headless Chromium (tests/e2e/support). A first
 * analysis warms the worker (engine compiled, NLP model loaded); then every
 * run opens a fresh tab on a 10,000-word policy whose text differs by one
 * line (so the worker really analyses it instead of returning the saved
 * card), opens the popup for it and times, on the popup's own clock, how
 * long after navigation start the card's heading is there (polled every
 * frame, as the e2e test does). With two builds the runs alternate, so
 * load from other processes on this shared machine falls on both alike.
 *
 * The phase breakdown comes from `performance.mark`s that only e2e builds
 * record (lib/e2e/perf-mark.ts), in the popup and in the service worker;
 * both clocks are put on one axis with `performance.timeOrigin`. A build
 * without the marks still gets its total.
 */
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { E2E_BUILD, launchExtension, openTab, SHIPPED_BUILD, type ExtensionSession } from '../e2e/support/extension';
import { serveFixtures, type StaticServer } from '../e2e/support/static-server';
import { buildLongPolicyHtml } from '../e2e/fixtures/long-policy';

const RUNS = Number(process.env.BENCH_RUNS ?? 11);
const WARM_RUNS = Number(process.env.BENCH_WARM_RUNS ?? 2);
const CONTENT_SCRIPT_BUDGET = 60_000;
const PREFIX = 'policy-lens:';

/**
 * Phases: [label, from mark, to mark]; `nav` is the popup's navigation start,
 * `card` the heading seen. Some overlap (the UI loads while the worker works);
 * the timeline below shows the order.
 */
const PHASES: Array<[string, string, string]> = [
  ['popup.html fetched (navigation)', 'nav', 'html-fetched'],
  ['popup.js runs (parse HTML, load first script)', 'html-fetched', 'popup-main'],
  ['UI chunks load + evaluate (mount)', 'popup-main', 'mount-start'],
  ['request reaches the worker', 'request-sent', 'message-received'],
  ['worker: tab checks before injecting', 'message-received', 'extract-start'],
  ['inject + extract + transfer (executeScript)', 'extract-start', 'extract-done'],
  ['worker: validate, language, cap', 'extract-done', 'checked'],
  ['worker: hash + stored-card lookup', 'checked', 'looked-up'],
  ['worker: engine (summarize)', 'looked-up', 'summarized'],
  ['worker: engine done → answer sent', 'summarized', 'answering'],
  ['worker: save to IndexedDB (before the answer until the save moved after it)', 'summarized', 'saved'],
  ['answer reaches the popup', 'answering', 'response-received'],
  ['popup: answer validated (zod)', 'response-received', 'result-parsed'],
  ['popup: card rendered and seen', 'result-parsed', 'card'],
];

/** Every mark in the order it is expected, for the timeline (ms after the popup's navigation start). */
const TIMELINE = ['html-fetched', 'popup-main', 'request-sent', 'message-received', 'extract-start', 'extract-done', 'mount-start', 'checked', 'looked-up', 'summarized', 'saved', 'answering', 'response-received', 'result-parsed', 'card'];

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : NaN;
};

interface Side {
  build: string;
  session: ExtensionSession;
  totals: number[];
  /** Per phase label, the durations seen. */
  phases: Map<string, number[]>;
  /** Per mark, its time after the popup's navigation start. */
  timeline: Map<string, number[]>;
  extractInPage: number[];
}

/** A 10,000-word policy whose text is unique to `run` (one extra line), so its hash is new. */
function policyPage(run: number): string {
  return buildLongPolicyHtml(10_000).replace('</h1>', `</h1>\n<p>Revision ${run + 1} of this policy.</p>`);
}

/** Our marks in a context, on the epoch axis (timeOrigin + startTime), then cleared. */
async function takeMarks(target: Pick<Page, 'evaluate'>): Promise<Array<{ name: string; at: number }>> {
  return target.evaluate((prefix) => {
    const marks = performance
      .getEntriesByType('mark')
      .filter((m) => m.name.startsWith(prefix))
      .map((m) => ({ name: m.name.slice(prefix.length), at: performance.timeOrigin + m.startTime }));
    performance.clearMarks();
    return marks;
  }, PREFIX);
}

/** One timed click → card: returns the popup's figure and the marks on one axis. */
async function timeOnce(side: Side, server: StaticServer, run: number): Promise<void> {
  const { session } = side;
  const site = await openTab(session, server.url(`/run-${run}/privacy.html`));
  await site.page.waitForTimeout(300); // let the page's own load settle before the clock starts
  await takeMarks(session.worker); // drop marks of earlier runs
  const popup = await session.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tabId=${site.tabId}`);
  const seen = await popup.waitForFunction(() => (document.querySelector('h1') ? performance.now() : 0), null, {
    polling: 'raf',
    timeout: 20_000,
  });
  const cardMs = (await seen.jsonValue()) as number;
  const heading = await popup.locator('h1').textContent();
  if (!/Northwind/.test(heading ?? '')) throw new Error(`unexpected popup heading: ${heading}`);
  const [navAt, fetchedMs] = await popup.evaluate(() => [
    performance.timeOrigin,
    (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.responseEnd ?? 0,
  ]);
  const marks = new Map<string, number>([['nav', navAt!], ['html-fetched', navAt! + fetchedMs!], ['card', navAt! + cardMs]]);
  for (const m of await takeMarks(popup)) if (!marks.has(m.name)) marks.set(m.name, m.at);
  // The worker also saw the popup's "wake": keep its last message-received before the extraction.
  const workerMarks = await takeMarks(session.worker);
  const extractStart = workerMarks.find((m) => m.name === 'extract-start')?.at;
  for (const m of workerMarks) {
    // Other messages (the old popup's "wake", the new one's save-status) have marks of their own:
    // keep the last message received before the extraction and the first answer after it.
    if (m.name === 'message-received' && extractStart !== undefined && m.at > extractStart) continue;
    if (m.name === 'answering' && ((extractStart !== undefined && m.at < extractStart) || marks.has('answering'))) continue;
    marks.set(m.name, m.at);
  }
  side.totals.push(cardMs);
  for (const [name, at] of marks) {
    const list = side.timeline.get(name) ?? [];
    list.push(at - navAt!);
    side.timeline.set(name, list);
  }
  for (const [label, from, to] of PHASES) {
    const a = marks.get(from);
    const b = marks.get(to);
    if (a === undefined || b === undefined) continue;
    const list = side.phases.get(label) ?? [];
    list.push(b - a);
    side.phases.set(label, list);
  }
  await popup.close();
  // The extractor alone, in the same page (main world here, the isolated world in the extension: same work).
  const script = readFileSync(join(side.build, 'extract.js'), 'utf8');
  side.extractInPage.push(
    await site.page.evaluate((src) => {
      const t0 = performance.now();
      (0, eval)(src);
      return performance.now() - t0;
    }, script),
  );
  await site.page.close();
}

function contentScriptReport(): void {
  for (const dir of [SHIPPED_BUILD, E2E_BUILD]) {
    const file = join(dir, 'extract.js');
    try {
      const bytes = statSync(file).size;
      const gz = gzipSync(readFileSync(file)).length;
      const verdict = bytes <= CONTENT_SCRIPT_BUDGET ? 'within' : 'OVER';
      console.log(`content script ${file}: ${bytes} bytes (${gz} gzip), ${verdict} the ${CONTENT_SCRIPT_BUDGET}-byte budget`);
    } catch {
      console.log(`content script ${file}: not built`);
    }
  }
}

async function main() {
  const builds = process.argv.length > 2 ? process.argv.slice(2).map((b) => resolve(b)) : [E2E_BUILD];
  const pages: Record<string, string> = {};
  for (let i = -WARM_RUNS; i < RUNS; i++) pages[`/run-${i}/privacy.html`] = policyPage(i);
  const server = await serveFixtures(resolve('tests/e2e/fixtures'), pages);
  const sides: Side[] = [];
  try {
    for (const build of builds) {
      sides.push({ build, session: await launchExtension([server.origin], build), totals: [], phases: new Map(), timeline: new Map(), extractInPage: [] });
    }
    // Warm-up runs: the worker compiles the rules and loads the model; not counted.
    for (let i = -WARM_RUNS; i < 0; i++) {
      for (const side of sides) await timeOnce(side, server, i);
    }
    for (const side of sides) {
      side.totals.length = 0;
      side.phases.clear();
      side.timeline.clear();
      side.extractInPage.length = 0;
    }
    for (let run = 0; run < RUNS; run++) {
      for (const side of run % 2 ? [...sides].reverse() : sides) await timeOnce(side, server, run);
    }
  } finally {
    for (const side of sides) await side.session.close();
    await server.close();
  }

  contentScriptReport();
  if (sides.length === 2) {
    // Each round times both builds back to back: the paired difference cancels most of the machine's drift.
    const [a, b] = sides as [Side, Side];
    const diffs = a.totals.map((x, i) => b.totals[i]! - x);
    const wins = diffs.filter((d) => d < 0).length;
    console.log(
      `\npaired: ${b.build} minus ${a.build}, median ${median(diffs).toFixed(0)} ms per round; the second was faster in ${wins} of ${diffs.length} rounds`,
    );
  }
  for (const side of sides) {
    console.log(`\n${side.build}`);
    console.log(
      `click → card, 10,000-word policy, warm: median ${median(side.totals).toFixed(0)} ms over ${side.totals.length} runs ` +
        `(${side.totals.map((x) => x.toFixed(0)).join(', ')})`,
    );
    if (side.phases.size === 0) {
      console.log('(no phase marks: a build without lib/e2e/perf-mark.ts)');
      continue;
    }
    console.log('| phase | median ms |');
    console.log('|---|---|');
    for (const [label] of PHASES) {
      const xs = side.phases.get(label);
      if (xs) console.log(`| ${label} | ${median(xs).toFixed(1)} |`);
    }
    console.log(`| (of the executeScript: the extractor alone, in the page) | ${median(side.extractInPage).toFixed(1)} |`);
    console.log('\n| mark | median ms after navigation start |');
    console.log('|---|---|');
    for (const name of TIMELINE) {
      const xs = side.timeline.get(name);
      if (xs) console.log(`| ${name} | ${median(xs).toFixed(0)} |`);
    }
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
