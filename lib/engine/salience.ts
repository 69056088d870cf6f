/**
 * What a segment is about. Segment classification reports the practices a
 * passage is about; a rights sentence that trails a paragraph about other
 * practices ("…we use cookies to remember you. Most browsers let visitors refuse
 * them.") is an aside there. Cards (summarize) keep every finding:
 * this filter applies to `classify` only.
 */
import { TAXONOMY, type Finding } from '../schema';
import { RULES } from '../rules';
import type { Hit } from './match';
import type { Unit } from './types';

/** Rules whose hits imply a practice without stating it (`implied` in the rule data). */
const IMPLIED = new Set(RULES.filter((r) => r.implied).map((r) => r.id));

/** Rights ids that are facts about how rights work, not something the user does with their data. */
const NOT_USER_ACTIONS = new Set(['non_discrimination', 'complaint', 'automated_decisions', 'agent', 'response_time', 'contact']);

/** Rights ids that say what the user can do with their data (access and choice). */
const USER_RIGHTS = new Set<string>(TAXONOMY.rights.filter((id) => !NOT_USER_ACTIONS.has(id)));

/** An opening sentence or title about the user's choices makes the whole segment about them. */
const RIGHTS_OPENING =
  /\b(?:choices?|options|opt(?:ing)?[\s-]?(?:out|in)|unsubscrib\w*|your\s(?:\w+\s)?rights|access(?:ing)?|review(?:ing)?|updat(?:e|ing)|correct(?:ing)?|delet(?:e|ing)|modify(?:ing)?|edit(?:ing)?|chang(?:e|ing)\syour|preferences|control\s(?:over|your)|rights?\s(?:to|of)|you\shave\sthe\sright)\b/i;

/** A right stated to the reader ("you can unsubscribe", "you may delete") is never an aside. */
const DIRECT_RIGHT =
  /\byou\s(?:\w+\s)?(?:can|may|will\sbe\sable\sto|have\sthe\s(?:option|ability|right))\s(?:\w+\s){0,4}?(?:opt|unsubscrib|edit|delet|updat|chang|correct|disabl|refus|reject|block|clear|remov|choose|access|review)/i;

/** Other practices that must be stated before a trailing right counts as an aside. */
const MIN_OTHER_FINDINGS = 2;

function unitIndexes(findings: readonly Finding[], units: readonly Unit[]): Set<number> {
  const starts = new Set(findings.flatMap((f) => f.evidence.map((e) => e.start)));
  const out = new Set<number>();
  units.forEach((u, i) => {
    if (starts.has(u.start)) out.add(i);
  });
  return out;
}

/**
 * Drops user-rights findings that are an aside of the segment: they do not
 * open it, none is said to the reader directly ("you can …"), they take at
 * most half of its sentences, and the segment states at least two findings
 * of other sections.
 */
export function withoutAsides(findings: readonly Finding[], units: readonly Unit[]): Finding[] {
  const rights = findings.filter((f) => f.section === 'rights' && USER_RIGHTS.has(f.id));
  if (rights.length === 0 || units.length < 2) return [...findings];
  const others = findings.filter((f) => f.section !== 'rights' && f.section !== 'meta').length;
  if (others < MIN_OTHER_FINDINGS) return [...findings];
  const at = unitIndexes(rights, units);
  const opens = at.has(0) || RIGHTS_OPENING.test(units[0]!.text);
  const direct = rights.some((f) => f.evidence.some((e) => DIRECT_RIGHT.test(e.text)));
  if (opens || direct || at.size / units.length > 0.5) return [...findings];
  return findings.filter((f) => !rights.includes(f));
}

/**
 * Drops hits of `implied` rules from a passage about the user's choices:
 * "you can refuse cookies; if you do, some pages may not work" is a passage
 * about a choice, and only implies that cookies are used.
 */
export function withoutImplied(hits: readonly Hit[]): Hit[] {
  if (!hits.some((h) => IMPLIED.has(h.rule))) return [...hits];
  const aboutChoices = hits.some((h) => h.section === 'rights' && USER_RIGHTS.has(h.id) && h.status === 'yes');
  return aboutChoices ? hits.filter((h) => !IMPLIED.has(h.rule)) : [...hits];
}
