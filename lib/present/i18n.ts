import messages from '../../public/_locales/en/messages.json';

/** Every message id in `public/_locales/en/messages.json`. */
export type MessageKey = keyof typeof messages;

type GetMessage = (key: string, substitutions?: string[]) => string;

/** The browser's `i18n.getMessage` when the code runs in the extension (Chrome and Firefox both have it). */
function nativeGetMessage(): GetMessage | undefined {
  const g = globalThis as unknown as { browser?: { i18n?: { getMessage?: GetMessage } }; chrome?: { i18n?: { getMessage?: GetMessage } } };
  return g.browser?.i18n?.getMessage ?? g.chrome?.i18n?.getMessage;
}

/**
 * A visible string, from the extension's locale files through
 * `browser.i18n.getMessage`. Outside the extension (unit tests, the CLI) or
 * for a key the browser lacks, the English file bundled here answers, with
 * `$1`… filled the same way.
 */
export function t(key: MessageKey, ...substitutions: Array<string | number>): string {
  const subs = substitutions.map(String);
  // The messages of a page never change while it is open, so an answer is kept: the compare view asks
  // for the same few hundred strings (status words, row topics) on every render.
  const cacheKey = subs.length ? `${key}\u0000${subs.join('\u0000')}` : key;
  const known = answers.get(cacheKey);
  if (known !== undefined) return known;
  const text = lookUp(key, subs);
  if (answers.size >= MAX_KEPT) answers.clear();
  answers.set(cacheKey, text);
  return text;
}

const answers = new Map<string, string>();
const MAX_KEPT = 5000;

function lookUp(key: MessageKey, subs: string[]): string {
  try {
    const native = nativeGetMessage()?.(key, subs);
    if (native) return native;
  } catch {
    // Not running as an extension page: fall through to the bundled English.
  }
  return messages[key].message.replace(/\$(\d)/g, (whole, n: string) => subs[Number(n) - 1] ?? whole);
}
