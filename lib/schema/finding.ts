import { z } from 'zod';
import { TAXONOMY, isTaxonomyId, type Section } from './taxonomy';

export const sectionSchema = z.enum(Object.keys(TAXONOMY) as [Section, ...Section[]]);

/** A quoted span of the card's extracted text: `text === extracted.slice(start, end)`. */
export const evidenceSchema = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    text: z.string().min(1),
  })
  .refine((e) => e.end > e.start, { message: 'end must be greater than start', path: ['end'] });
export type Evidence = z.infer<typeof evidenceSchema>;

export const statusSchema = z.enum(['yes', 'no'], { error: 'expected "yes" or "no"' });
export type Status = z.infer<typeof statusSchema>;

export const findingSchema = z
  .object({
    section: sectionSchema,
    id: z.string().min(1),
    status: statusSchema,
    value: z.string().min(1).optional(),
    detail: z.string().min(1).optional(),
    evidence: z.array(evidenceSchema).min(1, { message: 'every finding quotes at least one sentence' }),
  })
  .refine((f) => isTaxonomyId(f.section, f.id), {
    message: 'not an id of this section in the taxonomy',
    path: ['id'],
  });
export type Finding = z.infer<typeof findingSchema>;
