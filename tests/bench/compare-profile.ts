/**
 * Where the six-card comparison's time goes (not a test): the e2e build in
 * headless Chromium with a generated library, each "Compare" click timed as
 * the bench times it while Chromium's CPU profiler samples the page; prints
 * the times and the functions with the most self time over all rounds.
 * `npx tsx tests/bench/compare-profile.ts [build]` (BENCH_CARDS, BENCH_ROUNDS).
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { E2E_BUILD, launchExtension } from '../e2e/support/extension';
import { generateCards } from './generate-cards';
import { median, seed, timeCompare } from './support/library-page';

const COUNT = Number(process.env.BENCH_CARDS ?? 10_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 9);

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  ts?: number;
  args?: { name?: string };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'policy-lens-cprof-'));
  cpSync(process.argv[2] ?? E2E_BUILD, dir, { recursive: true });
  const session = await launchExtension([], dir);
  const self = new Map<string, number>();
  try {
    const page = await session.context.newPage();
    const url = `chrome-extension://${session.extensionId}/library.html`;
    await page.goto(url);
    await page.getByRole('heading', { name: 'Your library is empty' }).waitFor();
    await seed(page, generateCards(COUNT));
    await page.goto(url);
    await page.waitForFunction(() => !document.querySelector('[data-testid=result-count]')?.textContent?.startsWith('Loading'), undefined, { timeout: 120_000 });
    const cdp = await session.context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    const traced = new Map<string, number>();
    const TRACE = process.env.TRACE === '1';
    let events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
    const firsts: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const boxes = page.getByTestId('card-row').locator('input[type=checkbox]');
      for (let k = 0; k < 6; k++) await boxes.nth((round + k) % 10).check();
      if (TRACE) {
        events = [];
        const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
        await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
        const t = await timeCompare(page);
        await cdp.send('Tracing.end');
        await done;
        firsts.push(t.first);
        if (process.env.TIMELINE === '1' && round === ROUNDS - 1) {
          // The main thread's tasks in order, each with its longest children.
          const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && events.some((x) => x.pid === e.pid && x.name === 'FunctionCall'))!;
          const mine = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X').sort((a, b) => a.ts! - b.ts!);
          const t0 = mine.find((e) => e.name === 'EventDispatch')?.ts ?? mine[0]!.ts!;
          for (const task of mine.filter((e) => e.name === 'RunTask' && (e.dur ?? 0) > 1000)) {
            const kids = mine.filter((e) => e !== task && e.ts! >= task.ts! && e.ts! < task.ts! + task.dur! && e.name !== 'RunTask' && (e.dur ?? 0) > 1000);
            console.log(`${((task.ts! - t0) / 1000).toFixed(1).padStart(7)} +${(task.dur! / 1000).toFixed(1)} ms: ${kids.map((k) => `${k.name} ${(k.dur! / 1000).toFixed(1)}`).join(', ')}`);
          }
          console.log(`first ${t.first.toFixed(0)} whole ${t.whole.toFixed(0)}`);
        }
        // Main-thread complete events by name (nested ones overlap their parents).
        const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && events.some((x) => x.pid === e.pid && x.name === 'FunctionCall'));
        for (const e of events) {
          if (e.ph !== 'X' || !main || e.pid !== main.pid || e.tid !== main.tid) continue;
          traced.set(e.name, (traced.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
        }
        await page.getByRole('button', { name: '← Library' }).click();
        await page.getByRole('button', { name: 'Clear selection' }).click();
        continue;
      }
      if (process.env.PHASES === '1') {
        const phases = await page.evaluate(async () => {
          const marks: Record<string, number> = {};
          const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.startsWith('Compare ('))!;
          const seen = new MutationObserver(() => {
            const now = performance.now();
            if (!marks.loading && document.querySelector('.compare-view, p.loading')) marks.loading = now;
            if (!marks.rows && document.querySelector('[data-testid=compare-matrix] tbody tr')) marks.rows = now;
            if (!marks.busyOff && marks.rows && !document.querySelector('[data-testid=compare-matrix][aria-busy=true]')) marks.busyOff = now;
          });
          seen.observe(document.body, { childList: true, subtree: true, attributes: true });
          const t0 = performance.now();
          button.click();
          marks.clickReturned = performance.now();
          while (!document.querySelector('[data-testid=compare-matrix] tbody tr')) await new Promise((r) => setTimeout(r, 0));
          marks.polled = performance.now();
          await new Promise((r) => requestAnimationFrame(() => r(null)));
          marks.raf = performance.now();
          await new Promise((r) => setTimeout(r, 300));
          seen.disconnect();
          return Object.fromEntries(Object.entries(marks).map(([k, v]) => [k, Math.round(v - t0)]));
        });
        console.log(JSON.stringify(phases));
        firsts.push(phases.raf!);
        await page.getByRole('button', { name: '← Library' }).click();
        await page.getByRole('button', { name: 'Clear selection' }).click();
        continue;
      }
      await cdp.send('Profiler.start');
      const { first } = await timeCompare(page);
      const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
      firsts.push(first);
      const byId = new Map(profile.nodes.map((n) => [n.id, n]));
      profile.samples.forEach((id, i) => {
        const f = byId.get(id)!.callFrame;
        const name = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
        self.set(name, (self.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
      });
      await page.getByRole('button', { name: '← Library' }).click();
      await page.getByRole('button', { name: 'Clear selection' }).click();
    }
    console.log(`click → painted: median ${median(firsts).toFixed(0)} ms (${firsts.map((x) => x.toFixed(0)).join(', ')})`);
    for (const [name, ms] of [...traced.entries()].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`${(ms / ROUNDS).toFixed(1).padStart(7)} ms/round  [trace] ${name}`);
    const top = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 40);
    for (const [name, ms] of top) console.log(`${(ms / ROUNDS).toFixed(1).padStart(7)} ms/round  ${name}`);
  } finally {
    await session.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
