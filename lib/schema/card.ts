import { z } from 'zod';
import { findingSchema } from './finding';

export const serviceSchema = z.object({
  name: z.string().min(1),
  domain: z.string(),
});
export type Service = z.infer<typeof serviceSchema>;

export const sourceSchema = z.object({
  /** The page URL, or `file:` path for CLI input. */
  url: z.string(),
  title: z.string(),
  textLength: z.number().int().nonnegative(),
  /** Hex SHA-256 of the extracted text: the same hash means the same policy text. */
  textHash: z.string().min(1),
  /** ISO date (YYYY-MM-DD) the policy says it was last updated, when stated. */
  lastUpdated: z.string().optional(),
});
export type Source = z.infer<typeof sourceSchema>;

export const cardSchema = z.object({
  /** Stable id: derived from url + text hash, so the same text is the same card. */
  id: z.string().min(1),
  service: serviceSchema,
  source: sourceSchema,
  engineVersion: z.string().min(1),
  /** ISO date-time of the analysis. */
  analyzedAt: z.string().min(1),
  /** 0..1: how much the text looks like a privacy policy. */
  policyScore: z.number().min(0).max(1),
  findings: z.array(findingSchema),
});
export type Card = z.infer<typeof cardSchema>;
