import { SECTION_ORDER, TAXONOMY, sectionEntry, taxonomyEntry, type Section, type TaxonomyEntry } from '../schema';

/** The wordings a taxonomy row can carry, each one message in `messages.json`. */
export type WordingPart = 'topic' | 'yes' | 'no' | 'yesValue' | 'yesDetail' | 'noDetail' | 'noConsent' | 'noLaw';

/** A message as Chrome and Firefox read it from `_locales/<lang>/messages.json`. */
export interface LocaleMessage {
  message: string;
  description: string;
}

// Message names allow only [A-Za-z0-9_] (Chrome refuses the extension otherwise), so parts are snake_case.
const PARTS: Record<WordingPart, { suffix: string; what: string }> = {
  topic: { suffix: 'topic', what: 'row heading (topic)' },
  yes: { suffix: 'yes', what: 'says yes' },
  no: { suffix: 'no', what: 'says no' },
  yesValue: { suffix: 'yes_value', what: 'says yes; $1: the value' },
  yesDetail: { suffix: 'yes_detail', what: 'says yes; $1: the name' },
  noDetail: { suffix: 'no_detail', what: 'says no; $1: the name' },
  noConsent: { suffix: 'no_consent', what: 'says no, unless you agree' },
  noLaw: { suffix: 'no_law', what: 'says no, unless the law requires it' },
};

const WORDING_PARTS = Object.keys(PARTS) as WordingPart[];

/** Keys written from the taxonomy table start with these; hand-written messages must not. */
export const GENERATED_KEY = /^(?:tx|sec)_/;

/** The message name of one wording of one id: `tx_sharing_sale_yes`. */
export function findingMessageKey(section: Section, id: string, part: WordingPart): string {
  return `tx_${section}_${id}_${PARTS[part].suffix}`;
}

/** The message name of a section's heading: `sec_sharing`. */
export function sectionMessageKey(section: Section): string {
  return `sec_${section}`;
}

/**
 * Every message the taxonomy table defines (descriptions stay short: the
 * file is bundled as the English fallback of `t()`), in table order: each section's
 * heading, then each id's wordings (the optional ones only where the row has
 * them). `npm run messages` writes these into `messages.json`.
 */
export function taxonomyMessages(): Record<string, LocaleMessage> {
  const out: Record<string, LocaleMessage> = {};
  for (const section of SECTION_ORDER) {
    out[sectionMessageKey(section)] = { message: sectionEntry(section).title, description: `Section ${section}: heading. Generated from lib/schema/taxonomy.ts.` };
    for (const id of TAXONOMY[section] as readonly string[]) {
      const entry = taxonomyEntry(section, id) as TaxonomyEntry;
      for (const part of WORDING_PARTS) {
        const message = entry[part];
        if (message === undefined) continue;
        out[findingMessageKey(section, id, part)] = { message, description: `${section}/${id}: ${PARTS[part].what}.` };
      }
    }
  }
  return out;
}

/**
 * The whole `messages.json` with the taxonomy's messages brought up to date:
 * hand-written messages first, as they were, then the generated ones.
 */
export function renderMessagesFile(current: Record<string, LocaleMessage>): string {
  const handWritten = Object.fromEntries(Object.entries(current).filter(([key]) => !GENERATED_KEY.test(key)));
  return `${JSON.stringify({ ...handWritten, ...taxonomyMessages() }, null, 2)}\n`;
}
