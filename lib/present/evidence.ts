import type { Evidence } from '../schema';

/**
 * A quote that states something: a sentence (it ends in punctuation) or a
 * long line. A heading ("Children", "International transfers") or a list
 * label ("Payment information.") names a topic; it backs a finding only
 * beside a sentence that says it.
 */
function statesSomething(e: Evidence): boolean {
  const text = e.text.trim();
  const words = text.split(/\s+/).length;
  return words >= 8 || (words >= 4 && /[.!?;:]["”’')\]]?$/.test(text));
}

/**
 * A finding's quotes in two lists: those that support its status, and those
 * marked `contrary` (the policy also says the opposite somewhere), which
 * every view shows under "The policy also says …". Each list is in text
 * order, except that quotes that state something come before headings and
 * labels: the first quote a view shows is the sentence that says it.
 */
export function splitEvidence(evidence: readonly Evidence[]): { supporting: Evidence[]; contrary: Evidence[] } {
  const ordered = [...evidence].sort((a, b) => Number(statesSomething(b)) - Number(statesSomething(a)) || a.start - b.start || a.end - b.end);
  return { supporting: ordered.filter((e) => !e.contrary), contrary: ordered.filter((e) => e.contrary) };
}

/** True when some quote reads the other way. */
export function hasContrary(evidence: readonly Evidence[]): boolean {
  return evidence.some((e) => e.contrary === true);
}
