import { describe, expect, test } from 'vitest';
import { classify, summarize } from '../../lib/engine';

const ids = (fs: ReturnType<typeof classify>) => fs.map((f) => `${f.section}/${f.id}`);

// Our own sentences: a paragraph about collection whose last sentence mentions a browser control.
const COOKIE_PARAGRAPH =
  'We use cookies to recognise returning visitors. We also collect your IP address and browser type when you visit. Our servers record the pages you view. Most browsers let visitors refuse cookies.';

describe('classify reports what a segment is about', () => {
  test.each([
    ['a trailing browser control in a paragraph about collection is an aside', COOKIE_PARAGRAPH, false],
    ['a segment that opens with the right keeps it', 'You can set your browser to refuse cookies. We use cookies to remember your preferences and we collect your IP address.', true],
    ['a segment whose opening is about the user\'s choices keeps it', `Your choices. ${COOKIE_PARAGRAPH}`, true],
    ['a right said to the reader directly is never an aside', COOKIE_PARAGRAPH.replace('Most browsers let visitors refuse cookies.', 'You can set your browser to refuse cookies.'), true],
    ['a short segment that is only the right keeps it', 'You can unsubscribe from our newsletter at any time.', true],
    [
      'a list opened by "you have the right to:" is about rights, whatever its items also mention',
      'Where the law allows, you have the right to:\nlearn whether we keep information on you and how long we keep it;\nhave wrong details fixed;\nrequest erasure of information we no longer need for the purpose we collected it for.',
      true,
    ],
    ['a right that takes most of the segment keeps it', 'We send newsletters to your e-mail address. You can unsubscribe at any time. To unsubscribe, click the link in any newsletter.', true],
  ])('%s', (_name, text, keepsRights) => {
    const found = ids(classify(text)).some((id) => id.startsWith('rights/'));
    expect(found).toBe(keepsRights);
  });

  test('a card keeps every finding, asides included', () => {
    const card = summarize({ url: 'https://example.com/privacy', title: 'Privacy', text: COOKIE_PARAGRAPH, blocks: [] });
    expect(card.findings.some((f) => f.section === 'rights' && f.id === 'opt_out_tracking')).toBe(true);
  });
});
