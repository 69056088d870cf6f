/**
 * Phrase patterns: the rule language, written in words instead of regex.
 *
 * A rule's trigger, cue or exclusion is a phrase such as
 *
 *     phrase`(we|us) …2 collect*|information you (provide|give|submit)`
 *
 * read as "we or us, up to two other words, then a word starting with
 * collect; or: information you provide / give / submit". The notation is
 * about words, not characters:
 *
 * The notation, one construct per row, is `PHRASE_NOTATION` below (the
 * rules doc prints it).
 *
 * Phrases start and end on word boundaries ("share" does not match inside
 * "shareholder" unless written `share*`). Everything else is a literal
 * character: `e.g.`, `opt-out`, `3rd`. `${…}` splices a shared phrase
 * fragment (a word list from `vocab.ts`) in as if it were written there; a
 * spliced RegExp is the escape hatch for a piece that is about characters,
 * shown as `{regex /…/}` in the rules doc and counted as regex.
 *
 * The compiler turns a phrase into the RegExp the engine scans, once, at
 * load; the phrase text is kept (`phraseText`) so `docs/rules.md` shows the
 * phrase, not the regex. Plain regex stays only where characters matter
 * (durations, lookbehinds, anchors); `npm run eval:rules` counts it.
 */

/** The notation: [construct, what it means]; docs/rules.md prints it. */
export const PHRASE_NOTATION: ReadonlyArray<readonly [string, string]> = [
  ['`word`', 'that word, whole (case ignored)'],
  ['a space', 'the next word ("data broker" is two words)'],
  ['`a|b`', 'a or b; alternatives are whole phrases ("sell|rent out")'],
  ['`(a|b)`', 'a group of alternatives, inside a phrase or inside a word (`part(y|ies)`)'],
  ['`[x]`', 'x is optional: `[the] account`, `location [data]`, `cookie[s]`, `e[-]mail`'],
  ['`*`', 'the word goes on: `delet*` is delete, deleted, deletion …'],
  ['`word+`', 'the word goes on by at least one letter: `polic+` is policy, policies, not "polic"'],
  ['`*` alone', 'any one word: `combin* * with`'],
  ['`*word`', 'a word ending in (or containing) word: `*cookie*` (the match starts at "cookie")'],
  ['`^` first', 'the phrase opens the sentence (after at most three marks such as a bullet, a dash or a quote)'],
  ['`!(x)`', 'not followed by x: `third party!( sites)`'],
  ['`<!(x)`', 'not preceded by x: `<!(users )they`'],
  ['`<(x)`', 'preceded by x: `<(not )share`'],
  ['`…3`', 'up to three other words here (the fewest that fit)'],
  ['`…3\'`', 'the same, words may hold an apostrophe ("user\'s")'],
  ['`…3-`', 'the same, words may hold an apostrophe or a hyphen'],
  ['`…3+`', 'the same, words may hold any of \' ’ - / . and end in a comma'],
  ['`~80`', 'up to 80 characters, none of them ending the clause (. or ;)'],
  ['`>(x)`', 'followed by x (not part of the match)'],
  ['`verb=(x)`', 'x, named: the engine reads polarity at the named verb, or takes the named company'],
];

/** The phrase text each compiled pattern came from, for the rules doc. */
const PHRASE_TEXT = new WeakMap<RegExp, string>();

/** The phrase a pattern was written as, or undefined for a plain regex. */
export function phraseText(re: RegExp): string | undefined {
  return PHRASE_TEXT.get(re);
}

type Item =
  | { kind: 'space' }
  | { kind: 'start' }
  | { kind: 'look'; alts: Item[][]; behind: boolean; negate: boolean }
  | { kind: 'text'; text: string }
  | { kind: 'group'; alts: Item[][]; optional: boolean; name?: string }
  | { kind: 'more'; atLeastOne?: boolean }
  | { kind: 'gap'; max: number; word: string }
  | { kind: 'span'; max: number }
  | { kind: 'regex'; source: string };

/** Marks where a spliced RegExp sits in the phrase text while it is parsed. */
const SPLICE = '\u0000';

/** The regex for one word of a gap, by its mark: none, `'`, `-` or `+`. */
const GAP_WORD: Record<string, string> = { '': String.raw`\w+`, "'": String.raw`[\w'’]+`, '-': String.raw`[\w'’-]+`, '+': String.raw`[\w'’/.-]+,?` };

const REGEX_SPECIAL = /[.*+?^${}()|[\]\\/]/g;

// Sticky (`y`) scanners read at the parser's position without copying the rest of the phrase.
const DIGITS = /\d+/y;
const NAMED_GROUP = /([a-z]+)=\(/y;
/** A lookaround's opening: `>(` followed by, `!(` not followed by, `<(` preceded by, `<!(` not preceded by. */
const LOOK = /(>|!|<!|<)\(/y;
/** Characters that never start a construct: letters, digits, most punctuation. */
const PLAIN_RUN = /[^()[\]|*… ~!<>^+=\u0000]+/y;

/** Reads `re` at `at` in `text`: the match, or null. */
function readAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/** Parses phrase text into alternatives of items; throws on a malformed phrase. */
function parse(text: string, spliced: readonly RegExp[] = []): Item[][] {
  let i = 0;
  const fail = (why: string): never => {
    throw new SyntaxError(`phrase ${JSON.stringify(text)}: ${why} at ${i}`);
  };
  /** The alternatives after an opening `skip` characters long, up to `close` (alternatives() fails if it never comes). */
  const enclosed = (skip: number, close: string): Item[][] => {
    i += skip;
    const inner = alternatives(close);
    i++;
    return inner;
  };
  const alternatives = (close: string | null): Item[][] => {
    const alts: Item[][] = [[]];
    while (i < text.length) {
      const c = text[i]!;
      const seq = alts[alts.length - 1]!;
      let look: RegExpExecArray | null;
      let named: RegExpExecArray | null;
      if (c === close) return alts;
      if (c === ')' || c === ']') fail(`unexpected ${c}`);
      if (c === SPLICE) {
        const index = Number(readAt(DIGITS, text, i + 1)![0]);
        i += 1 + String(index).length + 1;
        seq.push({ kind: 'regex', source: spliced[index]!.source });
      } else if (c === '^' && i === 0) {
        seq.push({ kind: 'start' });
        i++;
      } else if (c === '~' && /\d/.test(text[i + 1] ?? '')) {
        i++;
        const digits = readAt(DIGITS, text, i)![0];
        i += digits.length;
        seq.push({ kind: 'span', max: Number(digits) });
      } else if ((look = readAt(LOOK, text, i))) {
        const mark = look[1]!;
        seq.push({ kind: 'look', behind: mark.startsWith('<'), negate: mark.endsWith('!'), alts: enclosed(look[0].length, ')') });
      } else if (c === '|') {
        alts.push([]);
        i++;
      } else if ((i === 0 || ' (|'.includes(text[i - 1]!)) && (named = readAt(NAMED_GROUP, text, i))) {
        seq.push({ kind: 'group', optional: false, name: named[1]!, alts: enclosed(named[0].length, ')') });
      } else if (c === '(' || c === '[') {
        seq.push({ kind: 'group', optional: c === '[', alts: enclosed(1, c === '(' ? ')' : ']') });
      } else if (c === '+' && seq[seq.length - 1]?.kind === 'text' && /\w$/.test((seq[seq.length - 1] as { text: string }).text)) {
        seq.push({ kind: 'more', atLeastOne: true });
        i++;
      } else if (c === ' ') {
        seq.push({ kind: 'space' });
        i++;
      } else if (c === '*') {
        seq.push({ kind: 'more' });
        i++;
      } else if (c === '…') {
        i++;
        const digits = readAt(DIGITS, text, i);
        if (!digits) fail('… needs a number of words');
        i += digits![0].length;
        const mark = text[i] === "'" || text[i] === '-' || text[i] === '+' ? text[i++]! : '';
        seq.push({ kind: 'gap', max: Number(digits![0]), word: GAP_WORD[mark]! });
      } else {
        // a run of plain characters at once (a special character that is plain here, one at a time)
        const run = readAt(PLAIN_RUN, text, i)?.[0] ?? c;
        const last = seq[seq.length - 1];
        if (last?.kind === 'text') last.text += run;
        else seq.push({ kind: 'text', text: run });
        i += run.length;
      }
    }
    if (close) fail(`missing ${close}`);
    return alts;
  };
  const alts = alternatives(null);
  for (const seq of alts) if (seq.length === 0) fail('empty alternative');
  return alts;
}

const isUnitStart = (seq: Item[], at: number) => at === 0 || seq[at - 1]!.kind === 'space' || seq[at - 1]!.kind === 'start';

function compileAlternatives(alts: Item[][]): string {
  return alts.map(compileSequence).join('|');
}

/**
 * One sequence. An optional group or a gap standing as a whole word takes
 * the space after it ("[the] account" is "the account" or "account"); an
 * optional word last in the sequence takes the space before it
 * ("location [data]" is "location data" or "location").
 */
function compileSequence(seq: Item[]): string {
  let out = '';
  for (let at = 0; at < seq.length; at++) {
    const item = seq[at]!;
    const wholeWordBeforeSpace = isUnitStart(seq, at) && seq[at + 1]?.kind === 'space';
    const next = seq[at + 1];
    if (item.kind === 'space' && next?.kind === 'group' && next.optional && at + 2 === seq.length) {
      out += `(?:${next.alts.map((a) => String.raw`\s` + compileSequence(a)).join('|')})?`;
      at++;
      continue;
    }
    switch (item.kind) {
      case 'space':
        out += String.raw`\s`;
        break;
      case 'text':
        out += item.text.replace(REGEX_SPECIAL, '\\$&');
        break;
      case 'start':
        out += String.raw`^\W{0,3}`;
        break;
      case 'span':
        out += `[^.;]{0,${item.max}}?`;
        break;
      case 'regex':
        out += `(?:${item.source})`;
        break;
      case 'look':
        out += `(?${item.behind ? '<' : ''}${item.negate ? '!' : '='}${item.alts.map((alt) => pinned(alt, compileSequence(alt))).join('|')})`;
        break;
      case 'more':
        // before letters: the word may start earlier (no boundary); alone: a whole word; after letters: the rest of one
        if (isUnitStart(seq, at) && seq[at + 1]?.kind === 'text') break;
        out += isUnitStart(seq, at) || item.atLeastOne ? String.raw`\w+` : String.raw`\w*`;
        break;
      case 'gap':
        out += `(?:${item.word}\\s){0,${item.max}}?`;
        if (seq[at + 1]?.kind === 'space') at++;
        break;
      case 'group': {
        if (item.optional && wholeWordBeforeSpace) {
          out += `(?:${item.alts.map((a) => compileSequence(a) + String.raw`\s`).join('|')})?`;
          at++;
        } else {
          out += `(?${item.name ? `<${item.name}>` : ':'}${compileAlternatives(item.alts)})${item.optional ? '?' : ''}`;
        }
        break;
      }
    }
  }
  return out;
}

/**
 * Whether every way through a sequence starts (or ends) on a word
 * character (`all`), or whether some way can (`some`), looking through
 * optional pieces at the edge ("cookie[s]" ends on a word character either
 * way).
 */
function edge(seq: Item[], end: boolean, mode: 'all' | 'some'): boolean {
  const items = end ? [...seq].reverse() : seq;
  for (let k = 0; k < items.length; k++) {
    const item = items[k]!;
    // an optional whole word takes its space with it: look past both
    if (item.kind === 'space' && k > 0 && items[k - 1]!.kind === 'group') continue;
    if (item.kind === 'text') return /\w/.test(end ? item.text.at(-1)! : item.text[0]!);
    // a lone `*` is a whole word (it starts on a word character); `*cookie` may start inside one
    if (item.kind === 'more') return mode === 'some' || (!end && items[k + 1]?.kind !== 'text');
    if (item.kind === 'look') continue;
    if (item.kind === 'start' || item.kind === 'span' || item.kind === 'regex') return false;
    if (item.kind !== 'group') return false;
    const inner = item.alts.map((alt) => edge(alt, end, mode));
    if (mode === 'some' && inner.some(Boolean)) return true;
    if (mode === 'all' && !inner.every(Boolean)) return false;
    if (!item.optional) return mode === 'all';
  }
  return false;
}

/**
 * Pins one alternative to whole words: a word boundary before it when it
 * starts with a word, and after it no word character may follow, so
 * "secure" does not match the start of "secured" whichever alternative
 * ends the phrase.
 */
function pinned(seq: Item[], body: string): string {
  const start = edge(seq, false, 'all') ? '\\b' : '';
  const end = edge(seq, true, 'all') ? '\\b' : edge(seq, true, 'some') ? '(?!\\w)' : '';
  return `${start}${body}${end}`;
}

/** Compiles phrase text to its regex source (exported for tests and the rules doc). */
export function compilePhrase(text: string, spliced: readonly RegExp[] = []): string {
  const alts = parse(text, spliced);
  return alts
    .map((seq) => {
      const body = compileSequence(seq);
      return pinned(seq, body);
    })
    .join('|');
}

function compiled(strings: TemplateStringsArray, parts: Array<string | RegExp>, flags: string): RegExp {
  const spliced: RegExp[] = [];
  let text = '';
  let shown = '';
  strings.raw.forEach((s, k) => {
    text += s;
    shown += s;
    const part = parts[k];
    if (part instanceof RegExp) {
      text += `${SPLICE}${spliced.length}${SPLICE}`;
      shown += `{regex /${part.source}/}`;
      spliced.push(part);
    } else if (part !== undefined) {
      text += part;
      shown += part;
    }
  });
  const re = new RegExp(compilePhrase(text, spliced), flags);
  PHRASE_TEXT.set(re, shown);
  return re;
}

/**
 * A phrase pattern (see the header), compiled to the RegExp the engine
 * scans, case-insensitive. `${x}` splices another phrase's text.
 */
export function phrase(strings: TemplateStringsArray, ...parts: Array<string | RegExp>): RegExp {
  return compiled(strings, parts, 'i');
}

/** A phrase whose letters' case matters ("US" the country, not "us"). */
export function casedPhrase(strings: TemplateStringsArray, ...parts: Array<string | RegExp>): RegExp {
  return compiled(strings, parts, '');
}
