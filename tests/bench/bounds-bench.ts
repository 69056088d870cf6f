/**
 * Issue 11 acceptance figures for bounded work per page (docs/bounds.md):
 * hostile pages through the same path the extension takes (HTML → extractor →
 * engine, in process) and through the CLI (a fresh process per page), and the
 * sentence splitter on 10 MB without spaces.
 *
 *   npm run bench:bounds
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { summarize } from '../../lib/engine';
import { splitSentences } from '../../lib/engine/sentences';
import { pageFromHtml } from '../../lib/cli/read-input';

const POLICY = '<h2>What we collect</h2><p>We collect your email address when you sign up.</p><p>We do not sell your personal information.</p>';

function html(title: string, body: string, siteName?: string): string {
  const meta = siteName === undefined ? '' : `<meta property="og:site_name" content="${siteName}">`;
  return `<!doctype html><html><head><title>${title}</title>${meta}</head><body><main><h1>Privacy Policy</h1>${body}${POLICY}</main></body></html>`;
}

const PAGES: Array<[string, string]> = [
  ['40 kB paragraph title', html('Privacy Policy | Acme', `<p>A${'b'.repeat(40_000)}. We collect your name.</p>`)],
  ['40 kB A&A& paragraph title', html('Privacy Policy | Acme', `<p>${'A&amp;'.repeat(20_000)}. We collect your name.</p>`)],
  ['400k-char <title> of hyphens', html(`a${'-'.repeat(400_000)}a`, '')],
  ['400k-char <title> of commas', html(`a${', '.repeat(200_000)}a`, '')],
  ['400k-char og:site_name of hyphens', html('Privacy Policy', '', `a${'- '.repeat(200_000)}a`)],
];

const dir = mkdtempSync(join(tmpdir(), 'bounds-bench-'));
try {
  summarize(pageFromHtml(html('Warm up', '<p>We collect your email.</p>'), 'https://acme.com/p'));
  console.log('| page | in process (extract + summarize) | CLI (new process, whole run) |');
  console.log('|---|---|---|');
  for (const [name, page] of PAGES) {
    let best = Infinity;
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      summarize(pageFromHtml(page, 'https://www.acme.com/privacy'));
      best = Math.min(best, performance.now() - t0);
    }
    const file = join(dir, `${name.replace(/\W+/g, '-')}.html`);
    writeFileSync(file, page);
    const t1 = performance.now();
    execFileSync(process.execPath, ['lib/cli/launch.mjs', 'summarize', file], { stdio: ['ignore', 'ignore', 'inherit'] });
    const cli = performance.now() - t1;
    console.log(`| ${name} | ${best.toFixed(0)} ms | ${cli.toFixed(0)} ms |`);
  }
  const big = 'a'.repeat(10_000_000);
  const t2 = performance.now();
  const spans = splitSentences(big);
  console.log(`\nsentence splitter, 10 MB without spaces: ${(performance.now() - t2).toFixed(0)} ms (${spans.length} pieces)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
