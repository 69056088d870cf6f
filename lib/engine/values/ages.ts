/** Ages in children's-privacy statements ("under 13", "16 years of age", "under the age of thirteen (13)"). */

const AGE_WORDS: Record<string, number> = {
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, eight: 8, ten: 10,
  nineteen: 19, twenty: 20, 'twenty-one': 21,
};

const AGE_TOKEN = String.raw`(\d{1,2}|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty-one|twenty)(?:\s{0,2}\(\s{0,2}(\d{1,2})\s{0,2}\))?`;

const AGE_RES: RegExp[] = [
  new RegExp(String.raw`\b(?:under|below|younger than|less than|over|older than|at least|minimum age(?: of| is)?|aged?)\s{1,3}(?:the\s{1,3}age\s{1,3}of\s{1,3})?${AGE_TOKEN}\b`, 'i'),
  new RegExp(String.raw`\b${AGE_TOKEN}\s{0,3}(?:years?|yrs)(?:[\s-]{1,3}old|\s{1,3}of\s{1,3}age|\s{1,3}or\s{1,3}older|\s{1,3}and\s{1,3}(?:older|over|up))`, 'i'),
  new RegExp(String.raw`\bage\s{1,3}of\s{1,3}${AGE_TOKEN}\b`, 'i'),
  new RegExp(String.raw`\b${AGE_TOKEN}\s{0,2}(?:\+|or\s{1,3}older|and\s{1,3}(?:older|over|up))`, 'i'),
];

/** The first plausible minimum age in `text` (as a decimal string), or undefined. */
export function parseAge(text: string): string | undefined {
  for (const re of AGE_RES) {
    const m = re.exec(text);
    if (!m) continue;
    const raw = m[2] ?? m[1] ?? '';
    const n = /^\d+$/.test(raw) ? Number(raw) : AGE_WORDS[raw.toLowerCase()];
    if (n !== undefined && n >= 8 && n <= 21) return String(n);
  }
  return undefined;
}
