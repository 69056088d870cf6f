/**
 * Polarity of a rule hit inside its sentence. A hit is negated when a
 * negation cue governs it: in the same clause, before it, within a short
 * window. "We do not sell, rent or trade" negates all three verbs (commas do
 * not end the scope); "; but", "however", ", and we" do. An exception after
 * the hit ("unless you consent", "except as described") makes a negated
 * statement a conditional yes. Two cues cancel (double negative).
 */
import type { Status } from '../schema';

/** How far back a negation cue may sit from the word it negates. */
const WINDOW = 180;

const NEGATION_RE =
  /\b(?:not|never|no|none|neither|nor|nothing|without|cannot|can't|won't|don't|doesn't|didn't|isn't|aren't|wasn't|weren't|shan't|wouldn't|shouldn't|haven't|hasn't|refrain from|decline to|prohibited from)\b|n't\b/gi;

/** Negations that describe data or the user rather than deny the practice. */
const BENIGN_RE =
  /\b(?:not\s(?:only|limited|necessarily|just|all|always|be\sable|able|identif\w*|personally|directly|reasonably|publicly|specifically|otherwise|yet|previously|required|need\w*|apply|applicable|be\sresponsible|responsible|control|covered|own|operate|endorse|sure|intended\sto\sbe\sa|used\sto\sidentify|linked|tied|associated|connected|anonymous|monitor|review|retained\sin\sidentifiable)\b|no\s(?:matter|longer|later|more\sthan|less\sthan|cost|charge|fee|need|event|way\sto|industry|standard|control|responsibility|obligation|personally|individual|direct)\b|whether\sor\snot|or\snot|if\s(?:you|they|users?|he|she)\s(?:do|does|did|would|choose|prefer)\s(?:not|n't)|(?:you|users?|visitors?)\s(?:do|does|may|can|will|need)?\s?(?:not|n't)|(?:do|does)n't\shave\sto|not\sto\sprovide|choose\snot|elect\snot|prefer\snot|opt\snot|without\slimitation|cannot\sguarantee|can't\sguarantee|cannot\sbe\sguaranteed|not\sbe\sguaranteed|not\sguarantee|not\swarrant|non-?personal)/gi;

/** Clause boundaries that end a negation's scope. */
const BOUNDARY_RE =
  /[;!?]|\.\s|:\s|\s[-–—]\s|,\s(?:but|although|though|yet|so|while|whereas|and\s(?:we|they|it|our|you)|which|who|as\swell\sas)\b|\b(?:but|although|though|whereas|unless|except|instead|rather)\b|\bhowever\b(?!,)|\sand\s(?=(?:we|they|it|you|our\s\w+)\s)/gi;

/** An exception after a negated hit turns it into a conditional yes. */
const EXCEPTION_RE =
  /\b(?:unless|except|excepting|other\sthan|apart\sfrom|save\sfor|without\s(?:first\s)?(?:your|the\suser's|their|prior|explicit|express|affirmative|a\sparent's|parental|obtaining|asking|getting|receiving|notice|notifying|informing)|beyond\sthose|outside\sof\sthose|but\s(?:we\s)?may|but\sonly|only\s(?:with|when|if|to|as|in|for|under|where)|as\sdescribed|as\sset\sout|as\sdisclosed|as\sexplained|as\soutlined|as\sprovided|as\sstated|as\sotherwise)\b/i;

function lastBoundary(text: string, from: number, to: number): number {
  BOUNDARY_RE.lastIndex = from;
  let last = from;
  for (let m = BOUNDARY_RE.exec(text); m && m.index < to; m = BOUNDARY_RE.exec(text)) {
    last = m.index + m[0].length;
    if (m[0].length === 0) BOUNDARY_RE.lastIndex++;
  }
  return last;
}

/** Negation cues in text[from, to) that are not benign phrases. */
export function countNegations(text: string, from: number, to: number): number {
  const scope = text.slice(from, to);
  const benign: Array<[number, number]> = [];
  BENIGN_RE.lastIndex = 0;
  for (let m = BENIGN_RE.exec(scope); m; m = BENIGN_RE.exec(scope)) benign.push([m.index, m.index + m[0].length]);
  let n = 0;
  NEGATION_RE.lastIndex = 0;
  for (let m = NEGATION_RE.exec(scope); m; m = NEGATION_RE.exec(scope)) {
    const at = m.index;
    if (benign.some(([a, b]) => at >= a && at < b)) continue;
    // "(but not individual data) with advertisers": a closed parenthetical negates only itself
    const open = scope.lastIndexOf('(', at);
    if (open >= 0 && scope.indexOf(')', at) >= 0 && scope.indexOf(')', open) > at) continue;
    // "nor" continues a negation already counted ("neither … nor", "not … nor")
    if (/^nor$/i.test(m[0]) && n > 0) continue;
    n++;
  }
  return n;
}

export interface PolarityResult {
  status: Status;
  /** A negated statement with an exception ("not … unless you consent"). */
  conditional: boolean;
}

/**
 * Polarity of the hit at sentence[start, end). Only the clause before the hit
 * (bounded window) is searched for negation, so cost per hit is constant.
 */
export function polarityAt(sentence: string, start: number, end: number): PolarityResult {
  const from = Math.max(0, start - WINDOW);
  const clauseStart = lastBoundary(sentence, from, start);
  // only words before the hit: a rule's own words ("Do Not Track") are not a cue
  const negations = countNegations(sentence, clauseStart, start);
  if (negations % 2 === 0) return { status: 'yes', conditional: false };
  const after = sentence.slice(end, Math.min(sentence.length, end + 220));
  if (EXCEPTION_RE.test(after)) return { status: 'yes', conditional: true };
  return { status: 'no', conditional: false };
}
