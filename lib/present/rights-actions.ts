import type { Finding } from '../schema';
import { formatFindingValue } from './format-value';
import { t } from './i18n';

const EMAIL = /^[^\s@<>()"',;:]+@[^\s@<>()"',;:]+\.[a-z]{2,}$/i;

/** How a person acts on their rights: where to write, and how soon the answer is due. */
export interface RightsActions {
  /** Request addresses the policy gives (rights/contact values that are e-mail addresses). */
  emails: string[];
  /** "30 days": the stated response time, when there is one. */
  responseTime?: string;
}

/** The actionable part of a card's rights findings; empty when the policy gives no address. */
export function rightsActions(findings: readonly Finding[]): RightsActions {
  const emails = [
    ...new Set(
      findings
        .filter((f) => f.section === 'rights' && f.id === 'contact' && f.status === 'yes' && f.value)
        .flatMap((f) => f.value!.split(/[\s,;]+/))
        .map((v) => v.replace(/^mailto:/i, '').replace(/[.)]+$/, ''))
        .filter((v) => EMAIL.test(v)),
    ),
  ];
  const time = findings.find((f) => f.section === 'rights' && f.id === 'response_time' && f.status === 'yes' && f.value);
  const responseTime = time ? formatFindingValue(time) : undefined;
  return { emails, ...(responseTime ? { responseTime } : {}) };
}

/** A mailto: link for a request address, with a subject the person can keep or change. */
export function requestMailto(email: string): string {
  return `mailto:${email}?subject=${encodeURIComponent(t('requestSubject'))}`;
}
