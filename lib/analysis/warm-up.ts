import type { Card, ExtractedPage } from '../schema';
import type { SummarizeOptions } from '../engine';

/**
 * A short policy touching every section. Running the engine on it once
 * compiles the rule patterns and warms the JIT (≈ 250 ms the first time on
 * a slow machine), so the real analysis runs warm. `analyzeTab` calls it
 * while the page is extracting in its own process, where it costs nothing.
 * Nothing is saved.
 */
const SAMPLE = [
  'Privacy Policy. Last updated: January 1, 2024.',
  'We collect your name, e-mail address, IP address, device identifiers, location and usage data, and we use cookies.',
  'We share personal information with service providers, analytics providers and advertisers, and we do not sell your personal information.',
  'We retain logs for 30 days and delete your data within 30 days after you close your account.',
  'You can access, correct, delete and export your data, opt out of marketing, and lodge a complaint with a supervisory authority.',
  'We encrypt data in transit and at rest. Our services are not directed to children under 13.',
  'We transfer data to the United States under Standard Contractual Clauses. We will notify you of changes by e-mail.',
  'We do not use your data to train AI models. Contact our Data Protection Officer at dpo@example.com.',
];

function samplePage(): ExtractedPage {
  let offset = 0;
  const blocks = SAMPLE.map((sentence) => {
    const block = { kind: 'paragraph' as const, start: offset, end: offset + sentence.length };
    offset += sentence.length + 1;
    return block;
  });
  return { url: 'https://warm-up.invalid/privacy', title: 'Privacy Policy', text: SAMPLE.join('\n'), blocks };
}

/**
 * Returns a function that runs the engine once on the sample, the first time
 * it is called in this worker's life; later calls do nothing.
 */
export function createWarmUp(summarize: (page: ExtractedPage, options: SummarizeOptions) => Card): () => void {
  let done = false;
  return () => {
    if (done) return;
    done = true;
    try {
      summarize(samplePage(), { analyzedAt: '2000-01-01T00:00:00.000Z' });
    } catch {
      // A warm-up failure only costs speed; the real analysis reports real errors.
    }
  };
}
