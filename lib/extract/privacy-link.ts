/** Link texts that name a site's privacy policy, in the languages sites most often use. */
const POLICY_TEXT = /\b(privacy|datenschutz|confidentialit[ée]|privacidad|privacit[àa]|privacidade|privacybeleid|integritetspolicy)/i;
/** Stronger: the words of a policy's own title. */
const POLICY_TITLE = /privacy (policy|notice|statement)|datenschutzerkl[äa]rung|politique de confidentialit[ée]|pol[ií]tica de privacidad/i;
/** Privacy links that are not the policy: consent managers, opt-out forms, settings. */
const NOT_POLICY = /choices|settings|preferences|einstellungen|param[èe]tres|cookie|do not sell|opt.?out/i;

function sameSite(a: URL, b: URL): boolean {
  const tail = (host: string) => host.split('.').slice(-2).join('.');
  return a.hostname === b.hostname || tail(a.hostname) === tail(b.hostname);
}

/**
 * The page's own link to its site's privacy policy (the footer's "Privacy",
 * "Datenschutz", "Confidentialité"), when the page has one: an http(s) link
 * on the same site that is not this page. A link titled like a policy
 * ("Privacy Policy") beats a bare "Privacy"; the last one wins a tie,
 * because footers come last. Undefined when there is none.
 */
export function findPrivacyLink(doc: Document, pageUrl: string): string | undefined {
  let here: URL;
  try {
    here = new URL(pageUrl);
  } catch {
    return undefined;
  }
  let best: { url: string; score: number } | undefined;
  for (const a of doc.querySelectorAll('a[href]')) {
    const label = `${a.textContent ?? ''} ${a.getAttribute('aria-label') ?? ''} ${a.getAttribute('title') ?? ''}`.replace(/\s+/g, ' ').trim();
    if (label.length > 80 || !POLICY_TEXT.test(label) || NOT_POLICY.test(label)) continue;
    let target: URL;
    try {
      target = new URL(a.getAttribute('href') ?? '', here);
    } catch {
      continue;
    }
    if (!/^https?:$/.test(target.protocol) || !sameSite(target, here)) continue;
    target.hash = '';
    if (target.href === `${here.origin}${here.pathname}${here.search}`) continue;
    const score = POLICY_TITLE.test(label) ? 2 : 1;
    if (!best || score >= best.score) best = { url: target.href, score };
  }
  return best?.url;
}
