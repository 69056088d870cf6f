import type { Evidence } from '../schema';

/**
 * A finding's quotes in two lists, each in text order: those that support
 * its status, and those marked `contrary` (the policy also says the
 * opposite somewhere), which every view shows under "The policy also says …".
 */
export function splitEvidence(evidence: readonly Evidence[]): { supporting: Evidence[]; contrary: Evidence[] } {
  const byStart = [...evidence].sort((a, b) => a.start - b.start || a.end - b.end);
  return { supporting: byStart.filter((e) => !e.contrary), contrary: byStart.filter((e) => e.contrary) };
}

/** True when some quote reads the other way. */
export function hasContrary(evidence: readonly Evidence[]): boolean {
  return evidence.some((e) => e.contrary === true);
}
