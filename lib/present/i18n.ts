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
  try {
    const native = nativeGetMessage()?.(key, subs);
    if (native) return native;
  } catch {
    // Not running as an extension page: fall through to the bundled English.
  }
  return messages[key].message.replace(/\$(\d)/g, (whole, n: string) => subs[Number(n) - 1] ?? whole);
}
