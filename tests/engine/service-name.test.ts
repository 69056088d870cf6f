import { describe, expect, test } from 'vitest';
import { clean, namesAgree, serviceOf } from '../../lib/engine/service-name';

interface Case {
  why: string;
  url: string;
  title: string;
  siteName?: string;
  text: string;
  name: string;
  domain?: string;
}

const BODY = 'We collect your email address when you sign up. We do not sell your personal information.';

/** Pages written for these tests: each one says which signal should win and why. */
const CASES: Case[] = [
  { why: 'site name agrees with the domain', url: 'https://www.brambleberry.shop/legal/privacy', title: 'Privacy Notice', siteName: 'Brambleberry', text: BODY, name: 'Brambleberry', domain: 'brambleberry.shop' },
  { why: 'site name agrees with the title', url: 'https://cdn.hostedpolicies.net/p/123', title: 'Privacy Policy | Oxbow Rail', siteName: 'Oxbow Rail', text: BODY, name: 'Oxbow Rail' },
  { why: 'title part agrees with the domain', url: 'https://privacy.glimmerfin.io/', title: 'Privacy Policy – Glimmerfin', text: BODY, name: 'Glimmerfin' },
  { why: 'title with the brand first and page words after', url: 'https://www.tansyworks.com/privacy', title: 'Tansyworks Privacy Statement', text: BODY, name: 'Tansyworks' },
  { why: '"Privacy Policy for X" keeps X only', url: 'https://mossgate.org/privacy', title: 'Privacy Policy for Mossgate', text: BODY, name: 'Mossgate' },
  { why: 'a long title is cut to the words that spell the domain', url: 'https://www.kestrel.com/privacy', title: 'Kestrel Bikes Helmets Lights Locks Pumps', text: BODY, name: 'Kestrel' },
  { why: 'a whole word of the name matches the domain', url: 'https://www.fable.com/privacy', title: 'Privacy Statement', text: `The Silver Fable, LLC ("The Silver Fable" or "we") respects your privacy. ${BODY}`, name: 'The Silver Fable' },
  { why: 'a definition that agrees with the domain', url: 'https://www.quorra.app/privacy', title: 'Privacy Policy', text: `Quorra Labs Inc. ("Quorra", "we", "us") builds note apps. ${BODY}`, name: 'Quorra' },
  { why: 'the Sites is a defined term, never the name', url: 'https://www.heronpoint.com/privacy', title: 'Privacy Policy', text: `This policy covers our websites ("the Sites") and apps. ${BODY}`, name: 'Heronpoint' },
  { why: 'United States is a defined place, never the name', url: 'https://www.lumenpath.com/privacy', title: 'Privacy Policy', text: `Data is stored in the United States of America ("United States"). ${BODY}`, name: 'Lumenpath' },
  { why: 'COPPA is a law, never the name', url: 'https://www.pebblekids.org/privacy', title: 'Privacy', text: `We comply with the Children's Online Privacy Protection Act ("COPPA"). ${BODY}`, name: 'Pebblekids' },
  { why: 'a first definition that is a law does not hide a later one that agrees', url: 'https://www.tidewell.com/privacy', title: 'Privacy', text: `Under the General Data Protection Regulation ("GDPR") and the rules below, Tidewell Ltd ("Tidewell", "we") explains its practices. ${BODY}`, name: 'Tidewell' },
  { why: 'a definition that agrees with nothing on a web page is not used', url: 'https://www.saffronbay.com/privacy', title: 'Privacy Policy', text: `Northgate Media ("Northgate") may receive reports. ${BODY}`, name: 'Saffronbay' },
  { why: 'plain text: a first-party definition with nothing to check it against', url: 'file:///tmp/policy.txt', title: 'Privacy Policy', text: `Privacy Policy\nWrenfield ("we", "our") helps you plan trips. ${BODY}`, name: 'Wrenfield' },
  { why: 'plain text: the definition agrees with the domain named in the text', url: 'file:///tmp/policy.txt', title: 'Privacy Notice', text: `Privacy Notice\nCobalt Ferry GmbH ("Cobalt Ferry", "we") runs cobaltferry.eu. ${BODY} Visit cobaltferry.eu.`, name: 'Cobalt Ferry', domain: 'cobaltferry.eu' },
  { why: 'plain text: a defined term "the Club" is never the name; the title is', url: 'file:///tmp/policy.md', title: '# Privacy Notice — Alderbrook Rowing Club', text: `# Privacy Notice — Alderbrook Rowing Club\nAlderbrook Rowing Club ("the Club", "we") runs a website. ${BODY}`, name: 'Alderbrook Rowing Club' },
  { why: 'a generic site name falls back to the title', url: 'https://www.cinderloom.com/privacy', title: 'Cinderloom | Privacy', siteName: 'Home', text: BODY, name: 'Cinderloom' },
  { why: 'a site name of "United States" is not a name', url: 'https://www.marrowdale.com/privacy', title: 'Privacy Policy', siteName: 'United States', text: BODY, name: 'Marrowdale' },
  { why: 'a date in the title is not a name', url: 'https://www.ostara.net/privacy', title: 'Full Privacy Policy Last updated: 14 January 2015', text: BODY, name: 'Ostara' },
  { why: 'initials agree with the domain', url: 'https://www.nfa.org/privacy', title: 'National Fern Association - Privacy', text: BODY, name: 'National Fern Association' },
  { why: 'no signals at all', url: 'stdin:', title: '', text: 'We collect your email address.', name: 'Unknown service', domain: '' },
];

describe('serviceOf: the card title from signals that agree', () => {
  test.each(CASES.map((c) => [c.why, c] as const))('%s', (_why, c) => {
    const s = serviceOf({ url: c.url, title: c.title, text: c.text, siteName: c.siteName });
    expect(s.name).toBe(c.name);
    if (c.domain !== undefined) expect(s.domain).toBe(c.domain);
  });

  const NEVER = ['the Sites', 'Sites', 'United States', 'COPPA', 'GDPR', 'the Club', 'the Services', 'European Union'];
  test.each(NEVER)('"%s" is never a card title, whatever the source', (bad) => {
    const sources = [
      { url: 'file:///x.txt', title: '', text: `Acme ("${bad}", "we") says hello. ${BODY}` },
      { url: 'file:///x.txt', title: '', siteName: bad, text: BODY },
      { url: 'file:///x.txt', title: `${bad} | Privacy Policy`, text: BODY },
      { url: 'https://www.example.org/p', title: 'Privacy', text: `Our websites ("${bad}") and apps. ${BODY}` },
    ];
    for (const page of sources) expect(serviceOf(page).name).not.toBe(bad);
  });
});

describe('namesAgree', () => {
  test.each([
    ['Acme', 'acme', true],
    ['Acme Widgets, Inc.', 'acme', true],
    ['The Motley Fool', 'fool', true],
    ['British Broadcasting Corporation', 'bbc', true],
    ['The Guardian', 'theguardian', true],
    ['Northgate Media', 'saffronbay', false],
    ['COPPA', 'pebblekids', false],
    ['A', 'a', false],
  ])('%s ~ %s → %s', (a, b, agree) => {
    expect(namesAgree(a, b)).toBe(agree);
  });
});

describe('clean', () => {
  test.each([
    ['  "Acme"  ', 'Acme'],
    ['| Acme Widgets -', 'Acme Widgets'],
    ['Acme,\n\tInc', 'Acme, Inc'],
    ['-,-,-', ''],
  ])('%j → %j', (raw, out) => {
    expect(clean(raw)).toBe(out);
  });
});
