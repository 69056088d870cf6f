import { classify } from '../engine';
import type { Finding } from '../schema';
import { stripTags } from './strip-tags';
import { errorMessage } from '../errors/error-message';
import { jsonText } from './terminal-text';

export interface ClassifiedLine {
  id: unknown;
  sections?: string[];
  findings?: Array<Pick<Finding, 'section' | 'id' | 'status'>>;
  error?: string;
}

/** One JSON line `{"id","text"}` → the classify result (or an error object). Never throws. */
export function classifyLine(line: string): ClassifiedLine {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return { id: null, error: 'not valid JSON' };
  }
  if (typeof parsed !== 'object' || parsed === null) return { id: null, error: 'expected an object' };
  const { id, text } = parsed as { id?: unknown; text?: unknown };
  if (typeof text !== 'string') return { id: id ?? null, error: 'missing "text" string' };
  try {
    const findings = classify(stripTags(text));
    const sections = [...new Set(findings.map((f) => f.section))];
    return {
      id: id ?? null,
      sections,
      findings: findings.map(({ section, id: findingId, status }) => ({ section, id: findingId, status })),
    };
  } catch (error) {
    return { id: id ?? null, error: errorMessage(error) };
  }
}

/**
 * `classify`: JSON lines on stdin → one JSON line per non-empty input line,
 * in order. Malformed lines get an error object; the run goes on.
 */
export async function runClassify(input: AsyncIterable<string>, out: (s: string) => void): Promise<number> {
  for await (const line of input) {
    if (!line.trim()) continue;
    out(`${jsonText(classifyLine(line))}\n`);
  }
  return 0;
}
