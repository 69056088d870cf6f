import { describe, expect, test } from 'vitest';
import { casedPhrase, compilePhrase, PHRASE_NOTATION, phrase, phraseText } from '../../lib/rules/phrase';

/** [phrase, text, the matched text or null for no match]: the notation's meaning, one row per construct. */
const CASES: Array<[string, string, string | null]> = [
  ['share', 'We share data.', 'share'],
  ['share', 'our shareholders', null],
  ['share*', 'our shareholders', 'shareholders'],
  ['*cookie*', 'see aboutcookies.org', 'cookies'],
  ['cookie*', 'see aboutcookies.org', null],
  ['[the] account', 'my subaccount', null],
  ['location [data]', 'relocation data', null],
  ['data broker', 'a data  broker', null],
  ['data broker', 'a data broker', 'data broker'],
  ['sell|rent out', 'we rent out lists', 'rent out'],
  ['(third|3rd) part(y|ies)', 'with 3rd parties', '3rd parties'],
  ['(third|3rd) part(y|ies)', 'a third partying', null],
  ['[the] account', 'close the account', 'the account'],
  ['[the] account', 'close account', 'account'],
  ['location [data|information]', 'location data is', 'location data'],
  ['location [data|information]', 'location services', 'location'],
  ['cookie[s]', 'cookies', 'cookies'],
  ['cookie[s]', 'cookiess', null],
  ['e[-]mail', 'your e-mail', 'e-mail'],
  ['e[-]mail', 'your email', 'email'],
  ['opt[ |-]out', 'opt-out', 'opt-out'],
  ['opt[ |-]out', 'optout', 'optout'],
  ['we …2 collect', 'we also automatically collect', 'we also automatically collect'],
  ['we …2 collect', 'we also may automatically collect', null],
  ["we …1' collect", "we users' collect", "we users' collect"],
  ["we …1 collect", "we users' collect", null],
  ['we …1- collect', 'we auto-matically collect', 'we auto-matically collect'],
  ['we …2+ collect', 'we, also, collect', null],
  ['we …2+ collect', 'we also, collect', 'we also, collect'],
  ['combin* * with', 'combined it with', 'combined it with'],
  ['(secure|protect*)', 'secured', null],
  ['(secure|protect*)', 'protected', 'protected'],
  ['^to (provide|send)', 'to provide the service', 'to provide'],
  ['^to (provide|send)', 'we want to provide', null],
  ['^[to] provide', '- provide the service', '- provide'],
  ['^[to] provide', '- to provide the service', '- to provide'],
  ['third party!( sites)', 'third party sites', null],
  ['third party!( sites)', 'third party tools', 'third party'],
  ['<!(users )they', 'users they', null],
  ['<!(users )they', 'partners they', 'they'],
  ['<(not )share', 'we do not share', 'share'],
  ['<(not )share', 'we share', null],
  ['child>(~30 consent)', 'a child, with parental consent', 'child'],
  ['child>(~5 consent)', 'a child, with parental consent', null],
  ['child>(~40 consent)', 'a child. Parental consent', null],
  ['privacy polic+', 'our privacy policies', 'privacy policies'],
  ['privacy polic+', 'our privacy polic', null],
  ['comply [with] [a|any|applicable] [a|any|applicable] law', 'comply with any applicable law', 'comply with any applicable law'],
  ['e.g.', 'data, e.g. names', 'e.g.'],
  ['e.g.', 'data, eXgX names', null],
];

/** The phrase as if written literally in a template (`phrase\`…\``). */
const written = (text: string): RegExp => phrase(Object.assign([text], { raw: [text] }) as unknown as TemplateStringsArray);

describe('phrase notation', () => {
  test.each(CASES)('%s on %j', (notation, text, expected) => {
    const m = written(notation).exec(text);
    expect(m?.[0] ?? null).toBe(expected);
  });

  test('names a group for the engine', () => {
    const m = written('partners …2 verb=(use|place) cookies').exec('partners may also place cookies');
    expect(m?.groups?.verb).toBe('place');
  });

  test('is case-insensitive, unless cased', () => {
    expect(phrase`US`.test('send it to us')).toBe(true);
    expect(casedPhrase`US`.test('send it to us')).toBe(false);
    expect(casedPhrase`US`.test('servers in the US')).toBe(true);
  });

  test('keeps the text it was written as, and splices shared fragments', () => {
    const list = '(name|e[-]mail)';
    const re = phrase`your ${list} address`;
    expect(phraseText(re)).toBe('your (name|e[-]mail) address');
    expect(re.test('your e-mail address')).toBe(true);
    expect(phraseText(/plain/)).toBeUndefined();
  });

  test('splices a RegExp as the escape hatch, and shows it as regex', () => {
    const re = phrase`we ${/\d{2}/} days`;
    expect(re.test('we 30 days')).toBe(true);
    expect(re.test('we 3 days')).toBe(false);
    expect(phrase`we ${/\d{2}/}`.test('we 30')).toBe(true);
    expect(phraseText(re)).toBe('we {regex /\\d{2}/} days');
  });

  test.each(['(a|b', 'a)b', '[a', 'a||b', '…x', 'a|'])('rejects the malformed phrase %j', (bad) => {
    expect(() => compilePhrase(bad)).toThrow(SyntaxError);
  });

  test.each(PHRASE_NOTATION.flatMap(([, meaning]) => [...meaning.matchAll(/`([^`]+)`/g)].map((m) => m[1]!)))('the documented example %j compiles', (example) => {
    expect(() => compilePhrase(example)).not.toThrow();
  });

  test('compiles to plain regex with no unbounded gap', () => {
    expect(compilePhrase('we …3 collect')).toBe(String.raw`\bwe\s(?:\w+\s){0,3}?collect\b`);
    expect(compilePhrase('[you] provide')).toBe(String.raw`\b(?:you\s)?provide\b`);
    expect(compilePhrase('location [data]')).toBe(String.raw`\blocation(?:\sdata)?\b`);
  });
});
