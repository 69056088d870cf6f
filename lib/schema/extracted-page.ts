import { z } from 'zod';

export const blockKindSchema = z.enum(['heading', 'paragraph', 'listItem', 'tableCell']);
export type BlockKind = z.infer<typeof blockKindSchema>;

/** One block of the extracted text; offsets index into `ExtractedPage.text`. */
export const blockSchema = z.object({
  kind: blockKindSchema,
  level: z.number().int().min(1).max(6).optional(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Block = z.infer<typeof blockSchema>;

/**
 * The seam between the browser and the engine: what the content script (live
 * DOM) and the CLI (server-side DOM or plain text) both produce.
 */
export const extractedPageSchema = z
  .object({
  url: z.string(),
  title: z.string(),
  lang: z.string().optional(),
  text: z.string(),
  blocks: z.array(blockSchema),
  lastModified: z.string().optional(),
  /** Site name hints from the page (og:site_name, application-name, byline). */
  siteName: z.string().optional(),
  /** The document's MIME type as the browser reports it (a PDF viewer says application/pdf). */
  contentType: z.string().optional(),
})
  // Everything downstream slices `text` by these offsets; a page that lies about them is rejected whole.
  .refine((page) => page.blocks.every((b) => b.start <= b.end && b.end <= page.text.length), {
    message: 'block offsets must lie within the text',
    path: ['blocks'],
  });
export type ExtractedPage = z.infer<typeof extractedPageSchema>;
