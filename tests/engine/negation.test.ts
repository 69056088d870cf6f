import { describe, expect, test } from 'vitest';
import { polarityAt } from '../../lib/engine/negation';

function at(sentence: string, word: string) {
  const i = sentence.indexOf(word);
  if (i < 0) throw new Error(`${word} not in ${sentence}`);
  return polarityAt(sentence, i, i + word.length);
}

describe('polarityAt', () => {
  test.each([
    ['We sell your data to partners.', 'sell', 'yes'],
    ['We do not sell your data.', 'sell', 'no'],
    ['We do not sell, rent or trade your data.', 'trade', 'no'],
    ['We never share your email address.', 'share', 'no'],
    ["We don't share your data unless you consent.", 'share', 'yes'],
    ['We will not share your data except as described in this policy.', 'share', 'yes'],
    ['We do not sell your data, but we share it with advertisers.', 'advertisers', 'yes'],
    ['If you do not want us to share your data, you can opt out.', 'share', 'yes'],
    ['We collect information that does not identify you, such as browser type.', 'browser type', 'yes'],
    ['Messages are not used to train their models.', 'train', 'no'],
    ['It is not true that we never sell data.', 'sell', 'yes'],
    ['We do not currently respond to Do Not Track signals.', 'Do Not Track', 'no'],
    ['We honor Do Not Track signals.', 'Do Not Track', 'yes'],
    ['You do not have to provide your phone number, but we collect your email.', 'email', 'yes'],
    ['We do not use your data for advertising or sell it to third parties.', 'sell', 'no'],
    ['We are not only collecting your email but also your name.', 'name', 'yes'],
  ])('%s [%s] → %s', (sentence, word, status) => {
    expect(at(sentence, word).status).toBe(status);
  });

  test('an exception marks the yes as conditional', () => {
    expect(at("We don't share your data unless you consent.", 'share').conditional).toBe(true);
    expect(at('We share your data.', 'share').conditional).toBe(false);
  });
});
