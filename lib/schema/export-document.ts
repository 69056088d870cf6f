import { z } from 'zod';
import { cardSchema } from './card';

export const EXPORT_FORMAT = 'policy-lens/export';
export const EXPORT_VERSION = 1;

/** The JSON file "Export" writes, "Import" reads and `cli summarize --json` prints. */
export const exportDocumentSchema = z.object({
  format: z.literal(EXPORT_FORMAT, { error: `expected "${EXPORT_FORMAT}"` }),
  version: z.literal(EXPORT_VERSION, { error: `expected version ${EXPORT_VERSION}` }),
  exportedAt: z.string().min(1),
  cards: z.array(cardSchema),
});
export type ExportDocument = z.infer<typeof exportDocumentSchema>;
