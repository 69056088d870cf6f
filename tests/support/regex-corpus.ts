/**
 * Runs the real pipeline once over pages that reach every stage (HTML pages
 * through the extractor, plain text through blocks/segment, rule examples
 * through classify, adversarial pages) while a RegexCollector observes, and
 * walks the rules and module exports. Shared by the recheck test and the
 * scaling test's report.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classify, summarize } from '../../lib/engine';
import { pageFromHtml, pageFromText } from '../../lib/cli/read-input';
import { RULES } from '../../lib/rules';
import { RegexCollector } from './collect-regexes';

const ROOT = join(__dirname, '../..');

function filesIn(dir: string, ext: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(ext)).sort().map((f) => join(dir, f)) : [];
}

/** Every module whose regexes the engine or the extractor construct (the docs generator writes files: left out). */
const MODULES = import.meta.glob(
  ['../../lib/engine/**/*.ts', '../../lib/rules/**/*.ts', '../../lib/extract/**/*.ts', '../../lib/cli/read-input.ts', '../../lib/cli/strip-tags.ts', '../../lib/analysis/cap-page.ts', '!../../lib/rules/generate-docs.ts'],
  { eager: true },
);

const ADVERSARIAL_TEXTS = [
  `A${'b'.repeat(5_000)}. We collect your email address.`,
  `${'A&'.repeat(2_000)}. We collect your email address.`,
  'a'.repeat(5_000),
  'we collect your email and share it with partners '.repeat(100),
  '# Title\n## Sub\n- item one\n- item two\n| a | b |\n|---|---|\n| c | d |\n1. Numbered Heading\nWhat do we collect? We collect:\n- Email\nLabel: text',
];

/** Collects every regex; returns the collector and how many pages ran. */
export function collectEngineRegexes(): { collector: RegexCollector; pages: number } {
  const collector = new RegexCollector();
  for (const rule of RULES) collector.walk(rule, `rule ${rule.id}`);
  for (const [path, ns] of Object.entries(MODULES)) collector.walk(ns, path.replace(/^(\.\.\/)+/, ''));
  let pages = 0;
  collector.observe(() => {
    for (const f of [...filesIn(join(ROOT, 'tests/fixtures/pages'), '.html'), ...filesIn(join(ROOT, 'tests/e2e/fixtures'), '.html')]) {
      summarize(pageFromHtml(readFileSync(f, 'utf8'), `https://www.example-${pages}.com/privacy`), { analyzedAt: '2025-01-01T00:00:00.000Z' });
      pages++;
    }
    const texts = [...filesIn(join(ROOT, 'tests/regression/fixtures'), '.txt'), ...filesIn(join(ROOT, '../shared/seeds'), '.txt')];
    for (const f of texts) {
      summarize(pageFromText(readFileSync(f, 'utf8'), `file:///x/${pages}.txt`), { analyzedAt: '2025-01-01T00:00:00.000Z' });
      pages++;
    }
    for (const t of ADVERSARIAL_TEXTS) {
      summarize({ url: 'https://acme.com/p', title: `Privacy Policy | Acme - ${t.slice(0, 50)}`, siteName: 'Acme', text: t, blocks: [] });
      pages++;
    }
    for (const rule of RULES) {
      for (const ex of [...rule.examples.match, ...rule.examples.noMatch]) classify(typeof ex === 'string' ? ex : ex.text);
    }
  });
  return { collector, pages };
}
