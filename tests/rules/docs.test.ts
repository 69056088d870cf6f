import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { renderRulesDoc } from '../../lib/rules/generate-docs';

test('docs/rules.md is generated from the current rules (run `npm run docs:rules`)', () => {
  const committed = readFileSync(join(__dirname, '../../docs/rules.md'), 'utf8');
  expect(committed === renderRulesDoc()).toBe(true);
});
