/**
 * The URL a card is stored under: the #fragment is dropped, because
 * `/privacy#cookies` and `/privacy` are the same policy. Anything unparseable
 * is returned as is.
 */
export function normalizeUrl(raw: string): string {
  try {
    const url = new URL(raw);
    url.hash = '';
    return url.href;
  } catch {
    return raw;
  }
}
