/**
 * How much a text looks like a privacy policy (0..1). A news article about
 * privacy or a shop page mentions some of these words; a policy uses most of
 * them, densely, and states practices the rules recognise.
 */
import type { Finding } from '../schema';

const SIGNALS: RegExp[] = [
  /\bprivacy\s(?:policy|notice|statement)\b/i,
  /\bpersonal(?:ly\sidentifiable)?\s(?:information|data)\b/i,
  /\bwe\s(?:may\s)?collect\b/i,
  /\bthird[\s-]part(?:y|ies)\b/i,
  /\bcookies?\b/i,
  /\b(?:opt[\s-]?out|unsubscribe)\b/i,
  /\b(?:retain|retention)\b/i,
  /\b(?:disclose|share)\s(?:your|personal|information)\b/i,
  /\bchildren\b/i,
  /\b(?:security|safeguards?)\b/i,
  /\b(?:changes|updates?)\sto\s(?:this|our)\s(?:privacy\s)?(?:policy|notice|statement)\b/i,
  /\bcontact\sus\b/i,
  /\b(?:GDPR|CCPA|California|COPPA|data\sprotection)\b/i,
  /\bIP\saddress(?:es)?\b/i,
  /\b(?:your\s(?:privacy\s)?rights|right\sto\s(?:access|delete|know|object))\b/i,
  /\bservice\sproviders?\b/i,
  /\b(?:sell|sold|rent|rented|trade)\b[^.]{0,60}\b(?:information|data|e-?mails?)\b|\b(?:information|data)\b[^.]{0,60}\b(?:sold|rented|shared)\b/i,
  /\bprivacy\b/i,
];

/** 0..1, rounded to 3 decimals. `findings` are the engine's findings for the same text. */
export function policyScore(text: string, findings: readonly Finding[], title = ''): number {
  if (!text.trim()) return 0;
  const sample = text.length > 300_000 ? text.slice(0, 300_000) : text;
  const signals = SIGNALS.filter((re) => re.test(sample)).length;
  const sections = new Set(findings.filter((f) => f.section !== 'meta').map((f) => f.section)).size;
  const coreIds = new Set(findings.filter((f) => f.section === 'collected' || f.section === 'sharing' || f.section === 'retention' || f.section === 'rights').map((f) => `${f.section}/${f.id}`)).size;
  const titled = /privacy|data\sprotection|datenschutz|confidentialit/i.test(title) || /^\W{0,5}(?:[\w.'’ -]{0,40}\s)?privacy\s(?:policy|notice|statement)/im.test(sample.slice(0, 2000));
  // findings per 1,000 characters: policies are dense with practices, articles are not
  const density = Math.min(1, findings.length / Math.max(1, sample.length / 1000) / 1.5);
  // short policies (a paragraph or two) use fewer of the signals, so the bar scales with length
  const expected = Math.min(11, 4 + sample.length / 1500);
  const score = 0.4 * Math.min(1, signals / expected) + 0.2 * Math.min(1, sections / 5) + 0.1 * Math.min(1, coreIds / 10) + 0.1 * density + 0.2 * (titled ? 1 : 0);
  return Math.round(Math.max(0, Math.min(1, score)) * 1000) / 1000;
}
