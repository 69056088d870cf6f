/** `ai`: model training on user data and AI providers. */
import { AI_PROVIDERS } from './gazetteer';
import type { Rule } from './types';
import { phrase } from './phrase';

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export const aiRules: Rule[] = [
  {
    id: 'ai/training',
    section: 'ai',
    finding: 'training',
    patterns: [phrase`(train|training|trained|fine-tun*|improve) …6- [AI|artificial intelligence|machine( |-)learning|ML|language|their|our|foundation][ ](model[s]|algorithms|LLM[s])|model training`],
    note: '`no` when the policy says user data is not used to train models.',
    examples: {
      match: [{ text: 'Messages are sent to these providers for processing but are not used to train their models.', status: 'no' }, { text: 'We do not use Google user data to train AI or machine learning models.', status: 'no' }, { text: 'We may use your content to train our models.', status: 'yes' }],
      noMatch: ['We train our staff on privacy.'],
    },
  },
  {
    id: 'ai/providers',
    section: 'ai',
    finding: 'providers',
    patterns: [new RegExp(String.raw`(?<![\w.])(?:${AI_PROVIDERS.map(escape).join('|')})(?![\w@])`), phrase`[(third|3rd)( |-)party] AI (provider[s]|service[s]|model[s]|vendor[s])|large language model[s]|LLM provider[s]`],
    cue: [phrase`(AI|artificial intelligence|model[s]|assistant|LLM|GPT|chat|processed|sent|provider)`],
    // read at its verb: "we never send your data to third-party AI providers" is a denial
    // a training denial ("not used to train AI models") says nothing about sending data to a provider
    skipIf: [{ has: phrase`train*|fine-tun*`, lacks: phrase`(send|sends|sent|share[d]|transmit*|powered by|provided by|processed (by|using)|through|via|hosted by|currently)`, why: 'a training denial is ai/training, not a provider' }],
    detail: 'ai-provider',
    note: 'AI model providers the data is sent to; detail is the provider when named.',
    examples: {
      match: [
        { text: 'AI conversations are processed using third-party AI providers (currently OpenAI).', status: 'yes', detail: 'OpenAI' },
        { text: 'We never send your data to third-party AI providers.', status: 'no' },
        { text: 'Your notes are not shared with any AI model provider.', status: 'no' },
        { text: 'We do not use large language models from outside companies to process your messages.', status: 'no' },
      ],
      noMatch: ['We use Stripe for payments.'],
    },
  },
];
