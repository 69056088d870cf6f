import { SECTION_ORDER, TAXONOMY, type Card, type Finding, type Section, type Status } from '../schema';

/** One thing a finding states, without its quotes (offsets move whenever the text changes). */
export interface Statement {
  status: Status;
  value?: string;
}

export interface FindingChange {
  kind: 'added' | 'removed' | 'changed';
  section: Section;
  id: string;
  /** The data or recipient the statement is about ("Authentication logs", "Stripe"), when given. */
  detail?: string;
  /** What the older version said (empty when added). */
  before: Statement[];
  /** What the newer version says (empty when removed). */
  after: Statement[];
}

export interface VersionDiff {
  changes: FindingChange[];
  added: number;
  removed: number;
  changed: number;
}

function statementKey(s: Statement): string {
  return `${s.status}|${s.value ?? ''}`;
}

/**
 * Findings are matched by section, id and detail: a retention period for
 * "Logs" in both versions is the same topic, so a new value is a change, not
 * one removal plus one addition.
 */
function group(findings: readonly Finding[]): Map<string, { f: Finding; statements: Map<string, Statement> }> {
  const out = new Map<string, { f: Finding; statements: Map<string, Statement> }>();
  for (const f of findings) {
    const key = `${f.section}\u0000${f.id}\u0000${f.detail ?? ''}`;
    const entry = out.get(key) ?? { f, statements: new Map<string, Statement>() };
    const s: Statement = f.value === undefined ? { status: f.status } : { status: f.status, value: f.value };
    entry.statements.set(statementKey(s), s);
    out.set(key, entry);
  }
  return out;
}

const sortStatements = (m: Map<string, Statement>) =>
  [...m.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, s]) => s);

function rank(section: Section, id: string): number {
  const s = SECTION_ORDER.indexOf(section);
  const i = (TAXONOMY[section] as readonly string[]).indexOf(id);
  return s * 1000 + i;
}

/**
 * What changed between two versions of the same policy: findings added,
 * removed, and statements whose status or value changed. Quotes and offsets
 * are ignored, so a reflowed paragraph is not a change.
 */
export function diffVersions(older: Pick<Card, 'findings'>, newer: Pick<Card, 'findings'>): VersionDiff {
  const before = group(older.findings);
  const after = group(newer.findings);
  const changes: FindingChange[] = [];
  for (const [key, a] of after) {
    const b = before.get(key);
    const base = { section: a.f.section, id: a.f.id, ...(a.f.detail !== undefined ? { detail: a.f.detail } : {}) };
    if (!b) {
      changes.push({ kind: 'added', ...base, before: [], after: sortStatements(a.statements) });
      continue;
    }
    const same =
      b.statements.size === a.statements.size && [...a.statements.keys()].every((k) => b.statements.has(k));
    if (!same) {
      changes.push({ kind: 'changed', ...base, before: sortStatements(b.statements), after: sortStatements(a.statements) });
    }
  }
  for (const [key, b] of before) {
    if (after.has(key)) continue;
    const base = { section: b.f.section, id: b.f.id, ...(b.f.detail !== undefined ? { detail: b.f.detail } : {}) };
    changes.push({ kind: 'removed', ...base, before: sortStatements(b.statements), after: [] });
  }
  changes.sort(
    (x, y) => rank(x.section, x.id) - rank(y.section, y.id) || (x.detail ?? '').localeCompare(y.detail ?? ''),
  );
  return {
    changes,
    added: changes.filter((c) => c.kind === 'added').length,
    removed: changes.filter((c) => c.kind === 'removed').length,
    changed: changes.filter((c) => c.kind === 'changed').length,
  };
}
