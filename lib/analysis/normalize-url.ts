/** Query parameters that only track how a visitor arrived; they never change the page. */
const TRACKING_PARAMS = /^(utm_[a-z]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|_ga|_gl)$/i;

/**
 * The URL a card is stored under, so one policy keeps one history:
 * `/privacy#cookies` and `/privacy?utm_source=x` are `/privacy`. Fragments
 * that route a single-page app (`#/privacy`, `#!/terms`) name different pages
 * and are kept. Anything unparseable is returned as is.
 */
export function normalizeUrl(raw: string): string {
  try {
    const url = new URL(raw);
    if (!/^#!?\//.test(url.hash)) url.hash = '';
    for (const key of [...url.searchParams.keys()]) {
      if (TRACKING_PARAMS.test(key)) url.searchParams.delete(key);
    }
    return url.href;
  } catch {
    return raw;
  }
}
