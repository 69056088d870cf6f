import { z } from 'zod';
import { TAXONOMY, isTaxonomyId, type Section } from './taxonomy';

export const sectionSchema = z.enum(Object.keys(TAXONOMY) as [Section, ...Section[]]);

/** A quoted span of the card's extracted text: `text === extracted.slice(start, end)`. */
export const evidenceSchema = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    text: z.string().min(1),
    /** Taxonomy v2: a quote that reads the other way from its finding's status ("the policy also says …"). */
    contrary: z.literal(true).optional(),
  })
  .refine((e) => e.end > e.start, { message: 'end must be greater than start', path: ['end'] });
export type Evidence = z.infer<typeof evidenceSchema>;

export const statusSchema = z.enum(['yes', 'no'], { error: 'expected "yes" or "no"' });
export type Status = z.infer<typeof statusSchema>;

/**
 * Taxonomy v2: the one exception a denial names. `consent`: "unless you agree",
 * "only with your permission"; `law`: "except when the law requires it".
 */
export const conditionSchema = z.enum(['consent', 'law'], { error: 'expected "consent" or "law"' });
export type Condition = z.infer<typeof conditionSchema>;

export const findingSchema = z
  .object({
    section: sectionSchema,
    id: z.string().min(1),
    status: statusSchema,
    value: z.string().min(1).optional(),
    detail: z.string().min(1).optional(),
    /** Only with `status: "no"`: the denial holds unless the user agrees / the law requires. */
    condition: conditionSchema.optional(),
    /** Quotes not kept when the card was saved past its size cap (lib/storage/card-cap.ts). */
    omittedEvidence: z.number().int().positive().optional(),
    evidence: z.array(evidenceSchema).min(1, { message: 'every finding quotes at least one sentence' }),
  })
  .refine((f) => isTaxonomyId(f.section, f.id), {
    message: 'not an id of this section in the taxonomy',
    path: ['id'],
  })
  .refine((f) => f.condition === undefined || f.status === 'no', {
    message: 'a condition belongs to a denial (status "no")',
    path: ['condition'],
  })
  .refine((f) => f.evidence.some((e) => !e.contrary), {
    message: 'a finding needs at least one quote that supports its status',
    path: ['evidence'],
  });
export type Finding = z.infer<typeof findingSchema>;
