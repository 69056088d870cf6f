/**
 * One verdict per practice. A policy can say "we do not sell your data" and,
 * pages later, "if we sell our business, data may be sold": the card must not
 * show "Sells your data" above "Does not sell your data". For every section +
 * id (+ the name, for ids that name something) the statement that governs
 * keeps its status; the other readings stay on it as `contrary` evidence
 * ("the policy also says …"), so nothing is hidden.
 *
 * The rule (docs/engine.md, "One verdict per practice"):
 * 1. In one sentence, a denial with a condition beats a bare yes ("we share …
 *    only with your consent" is `no` + consent, not also `yes`).
 * 2. A specific statement beats a general one: a denial that qualifies its
 *    object ("we do not collect *precise* location", "… from *children*")
 *    is partial and loses to a plain yes; a yes that names its value or
 *    detail ("we will tell you *by e-mail*") beats a bare denial ("we may
 *    change it without notice").
 * 3. Otherwise the practice decides: for selling, Do Not Track, notice of
 *    changes and AI training an unqualified denial governs, because a `yes`
 *    beside it is usually a passing mention; for everything else a plain
 *    `yes` governs, because a denial beside it is usually about a part.
 * 4. Among denials, one with a condition is the more specific statement.
 */
import type { Evidence, Finding } from '../schema';

/** Ids whose `detail` names a separate thing (one verdict per name). */
const DETAIL_KEYED = new Set(['sharing/named', 'ai/providers', 'meta/laws', 'retention/stated']);

/**
 * Practices whose `yes` beside an explicit denial is usually a passing
 * mention: "if we sell our business" beside "we do not sell your data", a
 * description of Do Not Track beside "we do not respond to it", "we may
 * change this policy" beside "… without notice". For these an unqualified
 * denial governs. Everywhere else a plain `yes` governs: measured on both dev
 * sets, a denial beside a `yes` about advertisers, location or public posts
 * is nearly always about a part ("we do not give *personally identifiable*
 * information to advertisers" beside "we share aggregate data with
 * advertisers").
 */
const DENIAL_GOVERNS = new Set(['sharing/sale', 'cookies/dnt', 'changes/notice', 'ai/training']);

/**
 * Words that make a denial partial: it speaks of a kind or a part, not the
 * practice: a kind of data ("precise", "full"), a group of people
 * ("children", "junior players") or a class of customer or channel ("content
 * submitted through our API", "Enterprise", "business data") beside a plain
 * statement about everyone else.
 */
const PARTIAL =
  /\b(?:precise|precisely|exact|specific|sensitive|full|complete|raw|children|child|minors?|junior|teens?|teenagers?|under\s(?:the\sage\sof\s)?1[3-8]|API|enterprise|business\s(?:data|customers?|accounts?|content|plans?)|(?:team|workspace|organi[sz]ation)s?\s(?:data|content|accounts?|plans?)|their\sown\s(?:models?|purposes|marketing))\b/i;

/** The practice a finding speaks to: section/id, plus the name for ids that name something. One verdict per key. */
export function practiceKey(f: Pick<Finding, 'section' | 'id' | 'detail'>): string {
  const k = `${f.section}/${f.id}`;
  return DETAIL_KEYED.has(k) ? `${k}|${f.detail ?? ''}` : k;
}

function denialGoverns(section: string, id: string): boolean {
  return DENIAL_GOVERNS.has(`${section}/${id}`);
}

function partial(f: Finding): boolean {
  return f.status === 'no' && f.evidence.every((e) => PARTIAL.test(e.text));
}

/** Reduces findings to one status per section + id (+ name); the rest becomes contrary evidence. */
export function oneVerdict(findings: Finding[]): Finding[] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const k = practiceKey(f);
    const g = groups.get(k);
    if (g) g.push(f);
    else groups.set(k, [f]);
  }
  const drop = new Set<Finding>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const yes = group.filter((f) => f.status === 'yes');
    const no = group.filter((f) => f.status === 'no');
    if (no.length === 0) continue;
    // 4: among denials, the conditioned one is the statement; others support it
    const conditioned = no.filter((f) => f.condition !== undefined);
    const denial = conditioned[0] ?? no[0]!;
    for (const f of no) if (f !== denial) mergeInto(denial, f.evidence, false, drop, f);
    if (yes.length === 0) continue;
    // 1: a conditioned denial absorbs the bare yes read from its own sentences
    if (denial.condition) {
      const spans = new Set(denial.evidence.map((e) => `${e.start}:${e.end}`));
      for (const y of yes) y.evidence = y.evidence.filter((e) => !spans.has(`${e.start}:${e.end}`));
    }
    const liveYes = yes.filter((y) => y.evidence.some((e) => !e.contrary));
    for (const y of yes) if (!liveYes.includes(y)) drop.add(y);
    if (liveYes.length === 0) continue;
    // 2 and 3
    const specificYes = liveYes.some((y) => (y.detail !== undefined || y.value !== undefined) && !DETAIL_KEYED.has(`${y.section}/${y.id}`)) && denial.detail === undefined && denial.value === undefined;
    const governsNo = !partial(denial) && !specificYes && denialGoverns(denial.section, denial.id);
    if (governsNo) {
      for (const y of liveYes) mergeInto(denial, y.evidence, true, drop, y);
    } else {
      mergeInto(liveYes[0]!, denial.evidence, true, drop, denial);
    }
  }
  return findings.filter((f) => !drop.has(f));
}

/** Moves `evidence` onto `target` (as contrary quotes when the status differs) and drops `from`. */
function mergeInto(target: Finding, evidence: Evidence[], contrary: boolean, drop: Set<Finding>, from: Finding): void {
  const have = new Set(target.evidence.map((e) => `${e.start}:${e.end}`));
  for (const e of evidence) {
    if (e.contrary && contrary) continue;
    const k = `${e.start}:${e.end}`;
    if (have.has(k)) continue;
    have.add(k);
    target.evidence.push(contrary ? { ...e, contrary: true } : e);
  }
  target.evidence.sort((a, b) => a.start - b.start || a.end - b.end);
  drop.add(from);
}
