import type { ImportSource } from '../../../lib/transfer/import-file';

/** Sorted by id, so collections compare whatever order storage returns them in. */
export const byId = <T extends { id: string }>(xs: readonly T[]): T[] => [...xs].sort((a, b) => a.id.localeCompare(b.id));

/** An import file as the importer sees it, from its text. */
export const textSource = (text: string): ImportSource => ({ size: new TextEncoder().encode(text).length, text: async () => text });
