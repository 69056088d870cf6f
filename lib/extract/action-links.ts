/** A link the policy gives for acting on your rights: an opt-out page, a request form, privacy settings. */
export interface ActionLink {
  label: string;
  url: string;
}

/** The words of such links: CCPA opt-outs, privacy portals and request forms, account data tools. */
const ACTION =
  /do not sell|don['’]t sell|opt[- ]?out|privacy choices|privacy (center|centre|portal|request|dashboard|settings)|(data|privacy|consumer|access|deletion) (subject )?(request|rights request)|request (form|your data)|(delete|download|export) (my|your) (account|data|information)|manage (your )?(privacy|data|ad)|ad (settings|preferences|choices)|your ad choices/i;

/** At most this many links; a page that lists more is a directory, and the first ones are the policy's own. */
const MAX_LINKS = 6;

/**
 * The page's own links for acting on privacy rights ("Do Not Sell or Share
 * My Personal Information", "Privacy request form", "Download your data"),
 * found by their words: http(s) only, each address once, in page order.
 */
export function findActionLinks(doc: Document, pageUrl: string): ActionLink[] {
  const links: ActionLink[] = [];
  const seen = new Set<string>();
  for (const a of doc.querySelectorAll('a[href]')) {
    const label = (a.textContent ?? a.getAttribute('aria-label') ?? '').replace(/\s+/g, ' ').trim();
    if (!label || label.length > 100 || !ACTION.test(label)) continue;
    let url: URL;
    try {
      url = new URL(a.getAttribute('href') ?? '', pageUrl);
    } catch {
      continue;
    }
    if (!/^https?:$/.test(url.protocol) || seen.has(url.href)) continue;
    seen.add(url.href);
    links.push({ label, url: url.href });
    if (links.length === MAX_LINKS) break;
  }
  return links;
}
