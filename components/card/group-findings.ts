import { CORE_SECTIONS, SECTION_ORDER, TAXONOMY, type Finding, type Section } from '@/lib/schema';
import { sectionTitle } from '../../lib/present/taxonomy-text';
import { foldFindings, type CardItem } from '../../lib/present/fold-findings';

export interface FindingGroup {
  section: Section;
  label: string;
  findings: Finding[];
  /** The lines shown: the findings, with repeated recipients and transfers folded. */
  items: CardItem[];
}

/**
 * Findings grouped for display: sections in SECTION_ORDER; the four core
 * sections always appear (an empty one says the policy is silent, which is
 * itself worth knowing), the others only when they have findings. Inside a
 * section, findings follow the taxonomy's id order, ties in engine order.
 */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  return SECTION_ORDER.flatMap((section) => {
    const ids = TAXONOMY[section] as readonly string[];
    const rank = (id: string) => {
      const i = ids.indexOf(id);
      return i < 0 ? ids.length : i;
    };
    const inSection = findings
      .map((finding, position) => ({ finding, position }))
      .filter(({ finding }) => finding.section === section)
      .sort((a, b) => rank(a.finding.id) - rank(b.finding.id) || a.position - b.position)
      .map(({ finding }) => finding);
    if (inSection.length === 0 && !CORE_SECTIONS.includes(section)) return [];
    return [{ section, label: sectionTitle(section), findings: inSection, items: foldFindings(inSection) }];
  });
}
