/**
 * More examples for the `ai` rules, by rule id: each `match` example
 * states the status it must produce and each `noMatch` sentence must produce
 * no hit. They are merged into the rules' own examples (lib/rules/index.ts),
 * so docs/rules.md shows them and tests/rules runs them.
 */
import type { RuleExamples } from '../types';

export const aiExamples: Record<string, RuleExamples> = {
  'ai/training': {
    match: [
      { text: 'Your conversations may be used to improve our AI models.', status: 'yes' },
      { text: 'We use the text you submit to train machine learning models.', status: 'yes' },
      { text: 'Anonymized chat logs help us train our language models.', status: 'yes' },
      { text: 'We never use your documents to train AI models.', status: 'no' },
      { text: 'Your prompts are not used for model training.', status: 'no' },
      { text: 'Customer data is not used to train our machine learning models.', status: 'no' },
      { text: 'Under no circumstances do we train our models on your private files.', status: 'no' },
    ],
    noMatch: [
      'Our support team is trained to protect your data.',
      'We improve the app every month.',
      'Our models of cars are listed below.',
    ],
  },
  'ai/providers': {
    match: [
      { text: 'Your questions are sent to Anthropic to generate answers.', status: 'yes', detail: 'Anthropic' },
      { text: 'The writing assistant uses large language models from OpenAI.', status: 'yes', detail: 'OpenAI' },
      { text: 'Summaries are created by a third-party AI provider.', status: 'yes' },
    ],
    noMatch: [
      'We use Mailchimp to send newsletters.',
      'Our chat support is staffed by people.',
      'Payments are processed by our bank.',
    ],
  },
};
