/**
 * Writes the taxonomy's wordings into `public/_locales/en/messages.json`
 * (`npm run messages`). The table in lib/schema/taxonomy.ts is the one place
 * to edit an English label; a test fails when the committed file is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { renderMessagesFile, type LocaleMessage } from './taxonomy-messages';

const file = resolve(import.meta.dirname, '../../public/_locales/en/messages.json');
const current = JSON.parse(readFileSync(file, 'utf8')) as Record<string, LocaleMessage>;
writeFileSync(file, renderMessagesFile(current));
console.log(`wrote ${file}`);
