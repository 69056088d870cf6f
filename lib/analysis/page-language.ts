import { detect } from 'tinyld/light';

/** Whether the analysed text is English, and if not, which language it is in. */
export type PageLanguage = { english: true } | { english: false; code: string; name: string };

/**
 * English function words. Real English prose, privacy policies included,
 * is roughly a third these words; other languages share only a few of them
 * ("in", "a"), so their share decides most pages without a model.
 */
const ENGLISH_WORDS = new Set(
  ('the and of to a in we you your our is are for with or that this by on as be not may will it from ' +
    'if any us can do have has at an other such these which their they when how what use information data personal')
    .split(' '),
);

/** Share of English function words from which a text counts as English, whatever its `lang` says. */
const ENGLISH_SHARE = 0.18;

/** Characters sampled: enough for a stable answer, small enough to stay fast on a book-length page. */
const SAMPLE_CHARS = 6_000;

/** A word a language could have: letters only, at most this long (a 40 kB run of letters is not a word). */
const WORD_RE = /(?<!\p{L})\p{L}{1,30}(?!\p{L})/gu;

/** Words needed before the text may be called anything but English. */
const MIN_WORDS = 20;

/** Up to `limit` plausible words of `text`, lower-cased. */
function wordsOf(text: string, limit: number): string[] {
  const out: string[] = [];
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(text); m && out.length < limit; m = WORD_RE.exec(text)) out.push(m[0].toLowerCase());
  return out;
}

function englishShare(words: readonly string[]): number {
  if (words.length === 0) return 1;
  let hits = 0;
  for (const w of words) if (ENGLISH_WORDS.has(w)) hits++;
  return hits / words.length;
}

/** "de" → "German"; an unknown code is returned as is. */
export function languageName(code: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * Decides whether a page's text is English. The text decides, not the
 * page's `lang` attribute alone, because templates often say `lang="en"`
 * on translated pages (and the reverse). A text that is not English is
 * named by tinyld; when the detector has no answer, a non-English `lang`
 * names it. Anything unsure counts as English, so a policy is never refused
 * on a guess.
 */
export function pageLanguage(text: string, lang?: string): PageLanguage {
  const head = text.slice(0, SAMPLE_CHARS / 2);
  const middle = text.slice(Math.max(0, Math.floor(text.length / 2) - SAMPLE_CHARS / 4), Math.floor(text.length / 2) + SAMPLE_CHARS / 4);
  let words = wordsOf(text.length <= SAMPLE_CHARS ? text : `${head}\n${middle}`, SAMPLE_CHARS);
  // a sample taken up by one long run of letters: read the words of the whole page instead
  if (words.length < MIN_WORDS) words = wordsOf(text, SAMPLE_CHARS / 5);
  // too few real words to tell: unsure counts as English
  if (words.length < MIN_WORDS || englishShare(words) >= ENGLISH_SHARE) return { english: true };
  const detected = detect(words.join(' '));
  const declared = lang?.trim().toLowerCase().split(/[-_]/)[0];
  const code = detected && detected !== 'en' ? detected : !detected && declared && declared !== 'en' ? declared : undefined;
  if (!code) return { english: true };
  return { english: false, code, name: languageName(code) };
}
