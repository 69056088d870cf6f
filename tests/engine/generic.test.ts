import { describe, expect, test } from 'vitest';
import { classify } from '../../lib/engine';

const ids = (text: string) => classify(text).map((f) => `${f.section}/${f.id}:${f.status}${f.value ? `=${f.value}` : ''}`);

describe('generic ids (engine 1.1.0)', () => {
  test('a typeless collection statement is collected/unspecified', () => {
    expect(ids('Northwind uses the information we collect to run the service.')).toContain('collected/unspecified:yes');
  });
  test('unspecified is folded away next to a typed collected finding', () => {
    const out = ids('We collect your email address and use the information we collect to send you receipts.');
    expect(out).toContain('collected/contact:yes');
    expect(out).not.toContain('collected/unspecified:yes');
  });
  test('an intro or a sharing denial does not light up collection', () => {
    expect(ids('This Privacy Policy explains how we collect and use information.')).toEqual([]);
    expect(ids('We do not sell the information we collect.').filter((x) => x.startsWith('collected/'))).toEqual([]);
  });
  test('plain denial is a no; a consent exception is its condition; a vague exception is a partial denial (taxonomy v2)', () => {
    expect(ids('We do not collect any personal information.')).toContain('collected/unspecified:no');
    const withConsent = classify('We do not collect personal information unless you choose to give it to us.').filter((f) => f.id === 'unspecified');
    expect(withConsent.map((f) => [f.status, f.condition])).toEqual([['no', 'consent']]);
    expect(ids('We do not share your personal information with third parties.')).toEqual(['sharing/third_parties:no']);
    const vague = classify('We will not share your information with third parties except as described below.').filter((f) => f.id === 'third_parties');
    expect(vague.map((f) => [f.status, f.condition])).toEqual([['no', undefined]]);
  });
  test('regional rights carry the region and are not transfers', () => {
    const out = ids('Residents of the State of Nevada may ask us not to sell their data.');
    expect(out.some((x) => x.startsWith('international/regional_rights:yes=Nevada'))).toBe(true);
    expect(out.some((x) => x.startsWith('international/transfers'))).toBe(false);
  });
  test('generic safeguards are not access control', () => {
    const out = ids('We maintain reasonable administrative, technical and physical safeguards to protect your data.');
    expect(out).toContain('security/safeguards:yes');
    expect(out).not.toContain('security/access_control:yes');
  });
});
