import { describe, expect, test } from 'vitest';
import type { Finding } from '@/lib/schema';
import { KEY_FACT_IDS, keyFacts, type KeyFactId } from '@/lib/present/key-facts';
import { makeFinding } from '../storage/make-card';

let at = 0;
/** A finding whose one quote names it, at a fresh offset so quotes never collide. */
function f(key: string, status: 'yes' | 'no', extra: Partial<Finding> = {}): Finding {
  const [section, id] = key.split('/') as [Finding['section'], string];
  const start = (at += 100);
  return makeFinding({ section, id, status, evidence: [{ start, end: start + 10, text: `${key} ${status}` }], ...extra });
}

const fact = (findings: Finding[], id: KeyFactId) => keyFacts(findings).find((k) => k.id === id)!;

describe('keyFacts', () => {
  test('always answers the eight questions, in order, "Not stated" when the policy is silent', () => {
    const facts = keyFacts([]);
    expect(facts.map((k) => k.id)).toEqual([...KEY_FACT_IDS]);
    expect(facts.map((k) => k.question)).toEqual([
      'Sells your data?',
      'Shares it for advertising?',
      'Lets others track you across sites?',
      'How long is it kept?',
      'Can you get a copy?',
      'Can you delete it?',
      'Does it leave your country or region?',
      'Minimum age?',
    ]);
    expect(facts.every((k) => k.text === 'Not stated' && k.evidence.length === 0)).toBe(true);
  });

  test.each<[string, Finding[], KeyFactId, string, string]>([
    ['a denied sale', [f('sharing/sale', 'no')], 'sells', 'No', 'good'],
    ['a stated sale', [f('sharing/sale', 'yes')], 'sells', 'Yes', 'caution'],
    ['a sale denied unless you agree', [f('sharing/sale', 'no', { condition: 'consent' })], 'sells', 'No, unless you agree', 'neutral'],
    ['a sale denied unless the law requires', [f('sharing/sale', 'no', { condition: 'law' })], 'sells', 'No, unless the law requires it', 'neutral'],
    ['a plain denial beside a conditional one', [f('sharing/sale', 'no', { condition: 'consent' }), f('sharing/sale', 'no')], 'sells', 'No', 'good'],
    ['consent is the narrower exception', [f('sharing/sale', 'no', { condition: 'law' }), f('sharing/sale', 'no', { condition: 'consent' })], 'sells', 'No, unless you agree', 'neutral'],
    ['advertisers', [f('sharing/advertisers', 'yes')], 'advertising', 'Yes', 'caution'],
    ["partners' marketing counts as advertising", [f('sharing/marketing_partners', 'yes')], 'advertising', 'Yes', 'caution'],
    ['no advertisers', [f('sharing/advertisers', 'no')], 'advertising', 'No', 'good'],
    ['third-party cookies', [f('cookies/third_party', 'yes')], 'tracking', 'Yes', 'caution'],
    ['advertising cookies', [f('cookies/advertising', 'yes'), f('cookies/third_party', 'no')], 'tracking', 'Yes', 'caution'],
    ['no tracking cookies', [f('cookies/advertising', 'no')], 'tracking', 'No', 'good'],
    ['essential cookies are not tracking', [f('cookies/essential', 'yes')], 'tracking', 'Not stated', 'neutral'],
    ['access', [f('rights/access', 'yes')], 'copy', 'Yes', 'good'],
    ['portability is a copy too', [f('rights/portability', 'yes')], 'copy', 'Yes', 'good'],
    ['no access', [f('rights/access', 'no')], 'copy', 'No', 'caution'],
    ['delete', [f('rights/delete', 'yes')], 'delete', 'Yes', 'good'],
    ['no deletion', [f('rights/delete', 'no')], 'delete', 'No', 'caution'],
    ['transfers', [f('international/transfers', 'yes', { value: 'United States' })], 'leaves_region', 'Yes', 'neutral'],
    ['no transfers', [f('international/transfers', 'no')], 'leaves_region', 'No', 'good'],
    ['one period', [f('retention/stated', 'yes', { value: 'P2Y' })], 'retention', '2 years', 'neutral'],
    ['two periods, shortest first', [f('retention/stated', 'yes', { value: 'P7Y' }), f('retention/stated', 'yes', { value: 'P30D' })], 'retention', '30 days, 7 years', 'neutral'],
    [
      'many periods as a range',
      ['P7Y', 'P30D', 'P12M', 'P90D'].map((value) => f('retention/stated', 'yes', { value })),
      'retention',
      '30 days to 7 years',
      'neutral',
    ],
    ['indefinitely', [f('retention/indefinite', 'yes')], 'retention', 'Indefinitely', 'caution'],
    ['only as long as needed', [f('retention/limited', 'yes')], 'retention', 'As long as needed', 'neutral'],
    ['a period beats "as long as needed"', [f('retention/limited', 'yes'), f('retention/stated', 'yes', { value: 'P30D' })], 'retention', '30 days', 'neutral'],
    ['a minimum age', [f('children/min_age', 'yes', { value: '16' })], 'min_age', '16', 'neutral'],
    ['the lowest of two ages first', [f('children/min_age', 'yes', { value: '18' }), f('children/min_age', 'yes', { value: '13' })], 'min_age', '13, 18', 'neutral'],
    ['an age without a number', [f('children/min_age', 'yes')], 'min_age', 'Yes', 'neutral'],
  ])('%s', (_name, findings, id, text, tone) => {
    const k = fact(findings, id);
    expect(k.text).toBe(text);
    expect(k.tone).toBe(tone);
  });

  test('a yes answer keeps the denial it overrides as a contrary quote', () => {
    const yes = f('cookies/advertising', 'yes');
    const no = f('cookies/third_party', 'no');
    const k = fact([no, yes], 'tracking');
    expect(k.answer).toBe('yes');
    expect(k.evidence).toEqual([{ ...no.evidence[0]!, contrary: true }, yes.evidence[0]!].sort((a, b) => a.start - b.start));
  });

  test("a finding's own contrary quotes stay contrary; shared quotes appear once", () => {
    const quote = { start: 5, end: 9, text: 'We do not sell.' };
    const other = { start: 1, end: 3, text: 'We may sell.', contrary: true as const };
    const k = fact([f('sharing/sale', 'no', { evidence: [quote, other] }), f('sharing/sale', 'no', { evidence: [quote] })], 'sells');
    expect(k.evidence).toEqual([other, quote]);
  });

  test('transfers name their places', () => {
    const k = fact([f('international/transfers', 'yes', { value: 'United States' }), f('international/transfers', 'yes', { value: 'EEA' })], 'leaves_region');
    expect(k.values).toEqual(['United States', 'EEA']);
  });

  test('other sections never answer a question', () => {
    const facts = keyFacts([f('collected/contact', 'yes'), f('sharing/service_providers', 'yes'), f('security/encryption_transit', 'yes')]);
    expect(facts.map((k) => k.answer)).toEqual(Array(8).fill('not-stated'));
  });
});
