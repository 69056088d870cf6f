import type { Card } from '../../lib/schema';
import type { PolicyLensDb } from '../../lib/storage';
import { buildExportDocument, exportFileName } from '../../lib/library/import-export';
import { downloadText } from './download';

/**
 * Exports the whole library, or every version of the given policies (URLs),
 * so an export carries history and an import brings it back.
 * Returns how many cards went into the file.
 */
export async function exportCards(db: PolicyLensDb, urls?: readonly string[]): Promise<number> {
  const cards: Card[] = urls ? await db.cards.where('source.url').anyOf([...urls]).toArray() : await db.cards.toArray();
  const document = buildExportDocument(cards);
  downloadText(JSON.stringify(document), exportFileName());
  return cards.length;
}
