/** The actor of a right's verb, from the clause layer (`userActsAt`). */
import { expect, test } from 'vitest';
import { clauseView, userActsAt } from '../../../lib/engine/clause';

/** [sentence, the verb (first occurrence), is it the user's act] */
const CASES: Array<[string, string, boolean]> = [
  ['You can delete your account at any time.', 'delete', true],
  ['At any time you can access, update or erase any personal data.', 'access', true],
  ['Residents of the State of California may request a copy of their data.', 'request', true],
  ['You may ask us to erase your personal data.', 'erase', true],
  ['Access and correct your data in the settings.', 'Access', true],
  ['We may use this information to identify and access data we hold.', 'access', false],
  ['Ad partners may set and access their own cookies on your device.', 'access', false],
  ['If you use a private Internet access account we log it.', 'access', false],
  ['We are not responsible and we have no duty to remove or edit your submissions.', 'remove', false],
];

test.each(CASES)('%s (%s) → %s', (text, verb, expected) => {
  expect(userActsAt(clauseView(text), text.indexOf(verb))).toBe(expected);
});
