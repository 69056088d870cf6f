/** Hits → findings: one finding per (section, id, status, value, detail), all evidence kept, sorted by position. */
import type { Finding } from '../schema';
import type { Hit } from './match';
import { oneVerdict } from './verdict';

/**
 * Groups hits into findings. Evidence quotes `text.slice(start, end)` so the
 * card's invariant `evidence.text === text.slice(start, end)` holds by construction.
 */
export function aggregate(hits: readonly Hit[], text: string): Finding[] {
  const byKey = new Map<string, { finding: Finding; first: number; seen: Set<string> }>();
  for (const h of hits) {
    const key = `${h.section}|${h.id}|${h.status}|${h.condition ?? ''}|${h.value ?? ''}|${h.detail ?? ''}`;
    let entry = byKey.get(key);
    if (!entry) {
      const finding: Finding = { section: h.section, id: h.id, status: h.status, evidence: [] };
      if (h.value !== undefined) finding.value = h.value;
      if (h.detail !== undefined) finding.detail = h.detail;
      if (h.condition !== undefined) finding.condition = h.condition;
      entry = { finding, first: h.start, seen: new Set() };
      byKey.set(key, entry);
    }
    const ek = `${h.start}:${h.end}`;
    if (entry.seen.has(ek) || h.end <= h.start) continue;
    entry.seen.add(ek);
    entry.finding.evidence.push({ start: h.start, end: h.end, text: text.slice(h.start, h.end) });
    if (h.start < entry.first) entry.first = h.start;
  }
  const out = [...byKey.values()].filter((e) => e.finding.evidence.length > 0);
  for (const e of out) e.finding.evidence.sort((a, b) => a.start - b.start || a.end - b.end);
  out.sort((a, b) => a.first - b.first || a.finding.section.localeCompare(b.finding.section) || a.finding.id.localeCompare(b.finding.id));
  return oneVerdict(foldGeneric(foldBare(out.map((e) => e.finding))));
}

/** Generic ids that say less than any specific `yes` of the same section. */
const GENERIC: Record<string, string> = { collected: 'unspecified', sharing: 'third_parties', retention: 'unspecified' };

/**
 * "Collects personal information (types not named)" adds nothing next to
 * "Collects contact details", and "Does not share with third parties" would
 * contradict "Shares with service providers": a generic finding (either
 * status) is dropped when a specific `yes` of its section exists. Alone, a
 * generic `no` stays (a plain "We do not collect personal information").
 */
export function foldGeneric(findings: Finding[]): Finding[] {
  const specific = new Set(findings.filter((f) => f.status === 'yes' && GENERIC[f.section] !== undefined && GENERIC[f.section] !== f.id).map((f) => f.section));
  return findings.filter((f) => !(GENERIC[f.section] === f.id && specific.has(f.section)));
}

/**
 * A bare finding (no value, no detail) next to one of the same (section, id,
 * status) that has a value says the same thing with less: fold its evidence
 * into the first valued one ("Children's Privacy" into min_age 16).
 */
export function foldBare(findings: Finding[]): Finding[] {
  const valued = new Map<string, Finding>();
  for (const f of findings) {
    const k = `${f.section}|${f.id}|${f.status}|${f.condition ?? ''}`;
    if ((f.value !== undefined || f.detail !== undefined) && !valued.has(k)) valued.set(k, f);
  }
  const out: Finding[] = [];
  for (const f of findings) {
    const target = f.value === undefined && f.detail === undefined ? valued.get(`${f.section}|${f.id}|${f.status}|${f.condition ?? ''}`) : undefined;
    if (!target) {
      out.push(f);
      continue;
    }
    const have = new Set(target.evidence.map((e) => `${e.start}:${e.end}`));
    for (const e of f.evidence) if (!have.has(`${e.start}:${e.end}`)) target.evidence.push(e);
    target.evidence.sort((a, b) => a.start - b.start || a.end - b.end);
  }
  // a fold can move a finding's first evidence earlier
  return out.sort((a, b) => (a.evidence[0]?.start ?? 0) - (b.evidence[0]?.start ?? 0));
}
