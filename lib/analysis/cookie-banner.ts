/** A cookie notice is short; a text this long is a page, whatever it says about cookies. */
const MAX_BANNER_CHARS = 3_000;

const COOKIE = /\bcookies?\b/gi;
/** The buttons and phrases of a consent banner. */
const CONSENT_UI = /\b(accept( all)?|reject( all)?|allow( all)?|decline|agree|manage (cookies|preferences|settings|options)|cookie (settings|preferences)|customi[sz]e)\b/gi;

/**
 * True when the extracted text is mostly a cookie consent notice ("We use
 * cookies … Accept all / Manage preferences"), which must not be saved as
 * the site's privacy policy even though it talks about data. A real policy
 * or cookie policy is far longer than any banner.
 */
export function looksLikeCookieBanner(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_BANNER_CHARS) return false;
  const cookies = trimmed.match(COOKIE)?.length ?? 0;
  const consent = trimmed.match(CONSENT_UI)?.length ?? 0;
  return cookies >= 2 && consent >= 1;
}

/** The only "rights" a banner offers: refusing its cookies, changing your mind. */
const BANNER_RIGHTS = new Set(['opt_out_tracking', 'withdraw_consent']);

/**
 * A banner says nothing about keeping data or your rights beyond refusing
 * cookies; a short real policy that mentions cookies and "agree" does. Only
 * text that reads like a banner AND whose card has neither is refused, so a
 * terse policy is never mistaken for its cookie notice.
 */
export function isCookieBannerCard(text: string, findings: ReadonlyArray<{ section: string; id: string }>): boolean {
  const policySignal = findings.some((f) => f.section === 'retention' || (f.section === 'rights' && !BANNER_RIGHTS.has(f.id)));
  return looksLikeCookieBanner(text) && !policySignal;
}
