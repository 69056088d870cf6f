import { practiceKey } from '../../../lib/engine/verdict';
import type { Finding } from '../../../lib/schema';

/** The practices (section/id, plus the name where the id names one) that hold more than one status. */
export function conflictingPractices(findings: readonly Finding[]): string[] {
  const statuses = new Map<string, Set<string>>();
  for (const f of findings) {
    const key = practiceKey(f);
    (statuses.get(key) ?? statuses.set(key, new Set()).get(key)!).add(f.status);
  }
  return [...statuses].filter(([, s]) => s.size > 1).map(([k]) => k);
}
