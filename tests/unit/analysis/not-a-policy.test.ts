import { describe, expect, test } from 'vitest';
import { analyzeTab } from '@/lib/analysis/analyze-tab';
import { looksLikeCookieBanner } from '@/lib/analysis/cookie-banner';
import { findPrivacyLink } from '@/lib/extract/privacy-link';
import { extractWithFrames } from '@/lib/extract/frames';
import type { ExtractedPage } from '@/lib/schema';
import { PolicyLensDb } from '@/lib/storage';
import { useTestDb } from '../support/test-db';
import { fakeDeps, makePage } from './fake-deps';

let db: PolicyLensDb;
useTestDb('not-a-policy-test', (fresh) => (db = fresh));

const request = { type: 'analyze-tab' as const, tabId: 7 };

// Texts written for this test.
const GERMAN =
  'Datenschutzerklärung. Wir verarbeiten Ihre personenbezogenen Daten nur im Rahmen der gesetzlichen Bestimmungen. Sie haben jederzeit das Recht auf Auskunft, Berichtigung und Löschung Ihrer Daten. Wir geben Ihre Daten nicht an Dritte weiter.';
const BANNER =
  'We value your privacy. We use cookies to improve your experience, personalise content and analyse our traffic. By clicking "Accept all", you agree to our use of cookies. You can manage preferences at any time. Accept all Reject all Cookie settings';

describe('pages that are not a policy', () => {
  test('a German policy says so by name, runs no engine and saves nothing', async () => {
    const { deps, calls } = fakeDeps(db, makePage({ text: GERMAN, lang: 'de' }));
    expect(await analyzeTab(request, deps)).toEqual({ kind: 'other-language', language: 'German' });
    expect(calls.summarize).toBe(0);
    expect(await db.cards.count()).toBe(0);
  });

  test('a cookie banner is not saved, even though it speaks of privacy', async () => {
    const { deps } = fakeDeps(db, makePage({ text: BANNER }));
    expect(await analyzeTab(request, deps)).toMatchObject({ kind: 'not-policy', reason: 'cookie-banner' });
    expect(await db.cards.count()).toBe(0);
  });

  test('a short policy that mentions cookies and "agree" but states rights is not taken for a banner', async () => {
    const summarize = fakeDeps(db, makePage({ text: BANNER })).deps.summarize;
    const { deps } = fakeDeps(db, makePage({ text: BANNER }), {
      summarize: (p, o) => ({ ...summarize(p, o), findings: [{ section: 'rights', id: 'delete', status: 'yes', evidence: [{ start: 0, end: 5, text: 'We value' }] }] }),
    });
    expect(await analyzeTab(request, deps)).toMatchObject({ kind: 'card' });
  });

  test('refusing cookies is the one "right" a banner offers', async () => {
    const summarize = fakeDeps(db, makePage({ text: BANNER })).deps.summarize;
    const { deps } = fakeDeps(db, makePage({ text: BANNER }), {
      summarize: (p, o) => ({ ...summarize(p, o), findings: [{ section: 'rights', id: 'opt_out_tracking', status: 'yes', evidence: [{ start: 0, end: 5, text: 'We value' }] }] }),
    });
    expect(await analyzeTab(request, deps)).toMatchObject({ kind: 'not-policy', reason: 'cookie-banner' });
  });

  test('"Analyse anyway" saves what a banner page holds', async () => {
    const { deps } = fakeDeps(db, makePage({ text: BANNER }));
    expect(await analyzeTab({ ...request, force: true }, deps)).toMatchObject({ kind: 'card' });
  });

  test("a page that is not a policy carries the site's privacy link; a policy page does not need it", async () => {
    const shop = { ...makePage({ url: 'https://shop.example/', text: 'Fresh tea, shipped weekly. Our best sellers this month.' }), privacyLink: 'https://shop.example/privacy' };
    expect(await analyzeTab(request, fakeDeps(db, shop).deps)).toMatchObject({ kind: 'not-policy', privacyLink: 'https://shop.example/privacy' });
    const empty = { ...makePage({ url: 'https://shop.example/', text: '' }), privacyLink: 'https://shop.example/privacy' };
    expect(await analyzeTab(request, fakeDeps(db, empty).deps)).toEqual({ kind: 'empty', privacyLink: 'https://shop.example/privacy' });
    const bad = { ...makePage({ url: 'https://shop.example/', text: '' }), privacyLink: 'javascript:alert(1)' };
    expect(await analyzeTab(request, fakeDeps(db, bad).deps)).toEqual({ kind: 'empty' });
  });
});

describe('looksLikeCookieBanner', () => {
  test.each<[string, string, boolean]>([
    ['a banner', BANNER, true],
    ['a long cookie policy', `${BANNER} `.repeat(20), false],
    ['a policy sentence', 'We do not sell your personal information.', false],
    ['one mention of cookies', 'We use cookies. Accept.', false],
  ])('%s', (_name, text, want) => expect(looksLikeCookieBanner(text)).toBe(want));
});

describe('findPrivacyLink', () => {
  const page = (links: string) => {
    const doc = document.implementation.createHTMLDocument('t');
    doc.body.innerHTML = `<main><p>Shop</p></main><footer>${links}</footer>`;
    return doc;
  };
  test.each<[string, string, string | undefined]>([
    ['a footer "Privacy Policy"', '<a href="/terms">Terms</a> <a href="/legal/privacy">Privacy Policy</a>', 'https://shop.example/legal/privacy'],
    ['"Datenschutz"', '<a href="/datenschutz">Datenschutz</a>', 'https://shop.example/datenschutz'],
    ['"Confidentialité"', '<a href="/confidentialite">Confidentialité</a>', 'https://shop.example/confidentialite'],
    ['a titled link beats a bare "Privacy"', '<a href="/p1">Privacy Policy</a> <a href="/p2">Privacy</a>', 'https://shop.example/p1'],
    ['a subdomain of the same site', '<a href="https://legal.shop.example/privacy">Privacy</a>', 'https://legal.shop.example/privacy'],
    ['not another site', '<a href="https://other.example/privacy">Privacy Policy</a>', undefined],
    ['not the privacy choices form', '<a href="/choices">Your Privacy Choices</a>', undefined],
    ['not cookie settings', '<a href="/cookies">Privacy and cookie settings</a>', undefined],
    ['not a script link', '<a href="javascript:void 0">Privacy Policy</a>', undefined],
    ['not this page', '<a href="/#top">Privacy Policy</a>', undefined],
  ])('%s', (_name, links, want) => expect(findPrivacyLink(page(links), 'https://shop.example/')).toBe(want));
});

describe('extractWithFrames', () => {
  const fakePage = (text: string): ExtractedPage => ({ url: 'x', title: text.slice(0, 5), text, blocks: [] });
  const withFrames = (frames: Array<Document | null>) =>
    ({ querySelectorAll: () => frames.map((d) => ({ get contentDocument() { if (d === null) throw new Error('cross-origin'); return d; } })) }) as unknown as Document;

  test('a short page embedding a long same-origin policy reads the frame, under the page URL', () => {
    const frame = { body: {}, querySelectorAll: () => [] } as unknown as Document;
    const top = withFrames([null, frame]);
    const texts = new Map<Document, string>([[top, 'Menu Home'], [frame, 'Privacy Policy. '.repeat(50)]]);
    const { page, source } = extractWithFrames(top, 'https://a.example/privacy', (d, url) => ({ ...fakePage(texts.get(d)!), url }));
    expect(source).toBe(frame);
    expect(page.url).toBe('https://a.example/privacy');
    expect(page.text).toMatch(/^Privacy Policy/);
    expect(page.title).toBe('Menu ');
  });

  test('a page with its own long text ignores its frames', () => {
    const frame = { body: {}, querySelectorAll: () => [] } as unknown as Document;
    const top = withFrames([frame]);
    const { source } = extractWithFrames(top, 'u', (d) => fakePage(d === top ? 'x'.repeat(6000) : 'y'.repeat(60000)));
    expect(source).toBe(top);
  });
});

describe('action links from the page', () => {
  test('travel with the card result, checked apart from the page', async () => {
    const page = { ...makePage(), actionLinks: [{ label: 'Do Not Sell My Info', url: 'https://example.com/ccpa' }] };
    expect(await analyzeTab(request, fakeDeps(db, page).deps)).toMatchObject({ kind: 'card', actionLinks: page.actionLinks });
    const bad = { ...makePage(), actionLinks: [{ label: 'x', url: 'javascript:alert(1)' }] };
    const result = await analyzeTab(request, fakeDeps(db, bad).deps);
    expect(result.kind).toBe('card');
    expect(result).not.toHaveProperty('actionLinks');
  });
});
