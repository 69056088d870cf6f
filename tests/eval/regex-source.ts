/**
 * How much of the rule book is still written as plain regex (issue 9's
 * "regex source characters in lib/rules/"): the regex literals in
 * lib/rules/*.ts, read with the TypeScript parser, against the phrase
 * patterns (`phrase\`…\``, lib/rules/phrase.ts) that replaced the rest.
 * Regexes the phrase compiler generates are not counted: nobody writes them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

/** Counts per file and in total. */
export interface RegexSource {
  regexLiterals: number;
  regexChars: number;
  phrases: number;
  phraseChars: number;
  perFile: Record<string, { regexChars: number; phraseChars: number }>;
}

/** Scans the rule files under `dir` (default lib/rules). */
export function measureRegexSource(dir = join(process.cwd(), 'lib/rules')): RegexSource {
  const out: RegexSource = { regexLiterals: 0, regexChars: 0, phrases: 0, phraseChars: 0, perFile: {} };
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts')).sort()) {
    const text = readFileSync(join(dir, file), 'utf8');
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const row = { regexChars: 0, phraseChars: 0 };
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const literal = node.getText();
        const body = literal.slice(1, literal.lastIndexOf('/'));
        out.regexLiterals++;
        out.regexChars += body.length;
        row.regexChars += body.length;
      } else if (ts.isTaggedTemplateExpression(node) && /^(?:phrase|casedPhrase)$/.test(node.tag.getText())) {
        const body = node.template.getText().slice(1, -1);
        out.phrases++;
        out.phraseChars += body.length;
        row.phraseChars += body.length;
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
    out.perFile[file] = row;
  }
  return out;
}
