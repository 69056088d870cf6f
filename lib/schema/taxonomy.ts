/**
 * The closed vocabulary of findings (see the taxonomy spec). The card, the
 * compare view, the export and the evaluation all speak it. Ids may be added;
 * never rename or reuse one, or older exports stop importing.
 */
export const TAXONOMY = {
  collected: [
    'contact',
    'identifiers',
    'account',
    'financial',
    'location',
    'device_ids',
    'device_info',
    'cookies',
    'activity',
    'demographic',
    'health',
    'biometric',
    'social',
    'survey',
    'content',
    'professional',
    'third_party_sources',
    'unspecified',
  ],
  sharing: [
    'service_providers',
    'advertisers',
    'analytics',
    'marketing_partners',
    'affiliates',
    'business_transfer',
    'legal',
    'public',
    'with_consent',
    'sale',
    'named',
    'third_parties',
  ],
  retention: ['stated', 'limited', 'indefinite', 'after_closure', 'anonymized', 'unspecified'],
  rights: [
    'access',
    'correct',
    'delete',
    'portability',
    'object',
    'restrict',
    'withdraw_consent',
    'opt_out_marketing',
    'opt_out_sale',
    'opt_out_tracking',
    'opt_out_collection',
    'non_discrimination',
    'complaint',
    'automated_decisions',
    'agent',
    'response_time',
    'contact',
  ],
  security: [
    'encryption_transit',
    'encryption_rest',
    'password_hashing',
    'access_control',
    'mfa',
    'audits',
    'breach_notification',
    'safeguards',
  ],
  children: ['min_age', 'coppa'],
  international: ['transfers', 'safeguards', 'storage_location', 'regional_rights'],
  cookies: ['essential', 'analytics', 'advertising', 'third_party', 'dnt'],
  changes: ['notice', 'advance_notice'],
  ai: ['training', 'providers'],
  meta: ['last_updated', 'effective', 'laws', 'dpo'],
} as const;

export type Section = keyof typeof TAXONOMY;
export type FindingId<S extends Section = Section> = (typeof TAXONOMY)[S][number];

/** Sections in the order a card shows them: the four core ones first. */
export const SECTION_ORDER: readonly Section[] = [
  'collected',
  'sharing',
  'retention',
  'rights',
  'security',
  'children',
  'international',
  'cookies',
  'changes',
  'ai',
  'meta',
];

export const CORE_SECTIONS: readonly Section[] = ['collected', 'sharing', 'retention', 'rights'];

export const SECTION_LABELS: Record<Section, string> = {
  collected: 'Data collected',
  sharing: 'Sharing',
  retention: 'Retention',
  rights: 'Your rights',
  security: 'Security',
  children: 'Children',
  international: 'International transfers',
  cookies: 'Cookies and tracking',
  changes: 'Policy changes',
  ai: 'AI use',
  meta: 'About this policy',
};

/** True when `id` belongs to `section` in the taxonomy. */
export function isTaxonomyId(section: string, id: string): boolean {
  const ids = (TAXONOMY as Record<string, readonly string[]>)[section];
  return ids !== undefined && ids.includes(id);
}
