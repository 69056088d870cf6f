/** The phrase shapes rules are built from: generated inflections, verb lists, requested passives. */
import { describe, expect, test } from 'vitest';
import { inflect, participles, passiveList, verbListObject, words } from '../../lib/rules/phrases';

describe('inflect', () => {
  test.each([
    ['delete', ['delete', 'deletes', 'deleted', 'deleting']],
    ['rectify', ['rectify', 'rectifies', 'rectified', 'rectifying']],
    ['access', ['access', 'accesses', 'accessed', 'accessing']],
    ['stop', ['stop', 'stops', 'stopped', 'stopping']],
    ['export', ['export', 'exports', 'exported', 'exporting']],
    ['object to', ['object to', 'objects to', 'objected to', 'objecting to']],
  ])('%s', (lemma, forms) => {
    expect(inflect(lemma).sort()).toEqual([...forms].sort());
  });

  test('participles are the -ed forms', () => {
    expect(participles(['erase', 'rectify', 'block'])).toEqual(['erased', 'rectified', 'blocked']);
  });

  test('words puts longer entries first so the longest phrase wins', () => {
    expect(new RegExp(words(['e-mail', 'e-mail address'])).exec('your e-mail address')![0]).toBe('e-mail address');
  });
});

const deleteList = verbListObject(['delete', 'erase'], ['access', 'update', 'rectify', 'delete', 'erase', 'edit'], ['data', 'posts', 'information']);
const passive = passiveList(['delete'], ['correct', 'block', 'delete', 'restrict']);

describe('verbListObject', () => {
  test.each([
    ['You can edit or delete your posts.', true],
    ['you can access, update, rectify or erase any personal data', true],
    ['ask us to erase or delete all or some of your personal data', true],
    ['you may access, update or delete your posts', true],
    ['we deleted your data', false],
    ['delete cookies to stop the tracking of data', false],
    ['erase our records for information', false],
  ])('%s → %s', (text, hit) => {
    expect(deleteList.test(text)).toBe(hit);
  });
});

describe('passiveList', () => {
  test.each([
    ['request that it be corrected, blocked, or deleted', true],
    ['ask that your records be deleted', true],
    ['the policy may be deleted', false],
    ['request that it be corrected', false],
  ])('%s → %s', (text, hit) => {
    expect(passive.test(text)).toBe(hit);
  });
});
