import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import messages from '../../../public/_locales/en/messages.json';
import { t } from '@/lib/present/i18n';

/**
 * Every string the popup's components show goes through `t()` (browser.i18n):
 * this fails on English written into a component, as JSX text or as a
 * string literal of two or more words. Console messages and class names are
 * not shown to people and are allowed.
 */
const DIRS = ['components/card', 'components/common'];
const WORDS = /[A-Za-z]{2,}\s+[A-Za-z]{2,}/;
const ALLOWED_ATTRIBUTES = new Set(['className', 'key', 'id', 'type', 'role', 'href', 'rel', 'target', 'viewBox', 'd']);

function literalsIn(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && /^console\./.test(node.expression.getText(source))) return;
    if (ts.isImportDeclaration(node) || ts.isJSDoc(node)) return;
    if (ts.isJsxAttribute(node) && ALLOWED_ATTRIBUTES.has(node.name.getText(source))) return;
    if (ts.isJsxText(node) && /[A-Za-z]{2,}/.test(node.text)) found.push(node.text.trim());
    if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && WORDS.test(node.text)) found.push(node.text);
    if (ts.isTemplateExpression(node)) {
      const parts = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ');
      if (WORDS.test(parts)) found.push(parts);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found.map((s) => `${file}: ${s}`);
}

const files = DIRS.flatMap((dir) => readdirSync(resolve(dir)).filter((f) => f.endsWith('.tsx')).map((f) => join(dir, f)));

describe('popup strings come from the locale file', () => {
  test('the checker finds English written into a component', () => {
    const probe = join(resolve('tests/unit/popup'), '__probe__.tsx');
    const sample = `export const A = () => <p title="Open it">Hello there</p>;\nexport const b = 'Two words';\n`;
    const tmp = ts.createSourceFile(probe, sample, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
    expect(tmp).toBeTruthy();
    // Reuse the walker through a temporary file-less run.
    const found: string[] = [];
    const visit = (node: ts.Node): void => {
      if (ts.isJsxText(node) && /[A-Za-z]{2,}/.test(node.text)) found.push(node.text.trim());
      if (ts.isStringLiteral(node) && WORDS.test(node.text)) found.push(node.text);
      ts.forEachChild(node, visit);
    };
    visit(tmp);
    expect(found).toEqual(['Open it', 'Hello there', 'Two words']);
  });

  test.each(files)('%s renders no literal English', (file) => {
    expect(literalsIn(file)).toEqual([]);
  });

  test('every message has a description and t() fills its placeholders', () => {
    for (const [key, value] of Object.entries(messages)) expect(value.description, key).toBeTruthy();
    expect(t('otherLanguage', 'German')).toBe('This policy is in German, and Policy Lens reads only English policies, so nothing was saved.');
  });
});
