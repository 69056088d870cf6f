import { expect, test } from 'vitest';
import { stripTags } from '../../lib/cli/strip-tags';

test.each([
  ['We <b>do not</b> sell', 'We do not sell'],
  ['<p>One</p><p>Two</p>', 'One\nTwo'],
  ['AT&amp;T &lt;ok&gt; &#8220;q&#x201D; &nbsp;x', 'AT&T <ok> “q” x'],
  ['<script>var a = "<p>";</script>Text', 'Text'],
  ['&bogus; stays', '&bogus; stays'],
])('stripTags(%j) = %j', (input, expected) => {
  expect(stripTags(input)).toBe(expected);
});

test('is linear on a pathological input', () => {
  const input = '<'.repeat(50_000) + '&'.repeat(50_000) + '<script>'.repeat(5_000);
  const start = performance.now();
  stripTags(input);
  expect(performance.now() - start).toBeLessThan(1000);
});
