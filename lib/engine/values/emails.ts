/** E-mail addresses, including the "name(at)domain(dot)com" spellings policies use against spam. */

const EMAIL_RE = /[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,5}\.[A-Za-z]{2,24}/;
const OBFUSCATED_RE = /([A-Za-z0-9._%+-]{1,64})\s{0,2}[([]at[)\]]\s{0,2}([A-Za-z0-9-]{1,63})\s{0,2}[([]dot[)\]]\s{0,2}([A-Za-z]{2,24})/i;

/** The first e-mail address in `text`, lower-cased, or undefined. */
export function parseEmail(text: string): string | undefined {
  const m = EMAIL_RE.exec(text);
  if (m) return m[0].replace(/\.$/, '').toLowerCase();
  const o = OBFUSCATED_RE.exec(text);
  if (o) return `${o[1]}@${o[2]}.${o[3]}`.toLowerCase();
  return undefined;
}

/** The first URL in `text` (for "submit a request at https://…"), or undefined. */
export function parseUrl(text: string): string | undefined {
  const m = /\bhttps?:\/\/[^\s<>"')]{1,200}/i.exec(text);
  return m ? m[0].replace(/[.,;:]$/, '') : undefined;
}
