import { z } from 'zod';
import { EXPORT_VERSION, TAXONOMY, cardSchema } from '../schema';

/**
 * Bump when a refinement of the card schema changes what it accepts without
 * changing its shape (refinements are invisible in the JSON Schema below).
 */
const CHECK_REVISION = 3; // 3: an export also checks what cards mean (card-meaning.ts), so older packs are checked once more

let stamp: string | undefined;

/** FNV-1a, 32 bits, as hex: enough to tell schema versions apart. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/**
 * Names the card schema a stored card was validated with. Packs record it
 * when every card in them passed `cardSchema` as it was written; an export
 * validates again only packs with another stamp (or none), so a change to
 * the schema, the taxonomy its refinement reads, the export version or
 * `CHECK_REVISION` makes every older pack be checked again. Computed once.
 */
export function cardSchemaStamp(): string {
  stamp ??= `card-v${EXPORT_VERSION}.${CHECK_REVISION}.${hash(
    JSON.stringify(z.toJSONSchema(cardSchema, { unrepresentable: 'any' })) + JSON.stringify(TAXONOMY),
  )}`;
  return stamp;
}
