import { SECTION_ORDER, type Card, type Finding } from '../schema';
import { splitEvidence } from '../present/evidence';
import { sectionTitle } from '../present/taxonomy-text';

const QUOTE_MAX = 160;

/** The quote a view shows first: a supporting sentence (`splitEvidence`), never a contrary one. */
function quote(finding: Finding): string {
  const { supporting } = splitEvidence(finding.evidence);
  const text = supporting[0]?.text.replace(/\s+/g, ' ').trim() ?? '';
  return text.length > QUOTE_MAX ? `${text.slice(0, QUOTE_MAX - 1)}…` : text;
}

/** The card as plain text for a terminal: sections in card order, each finding with its quote. */
export function formatCardText(card: Card): string {
  const lines: string[] = [];
  lines.push(`${card.service.name}${card.service.domain ? ` (${card.service.domain})` : ''}`);
  lines.push(`  source: ${card.source.url}`);
  if (card.source.lastUpdated) lines.push(`  last updated: ${card.source.lastUpdated}`);
  lines.push(`  policy score: ${card.policyScore.toFixed(2)}   engine ${card.engineVersion}`);
  for (const section of SECTION_ORDER) {
    const findings = card.findings.filter((f) => f.section === section);
    if (findings.length === 0) continue;
    lines.push('', sectionTitle(section));
    for (const f of findings) {
      const extra = [f.value, f.detail].filter(Boolean).join(', ');
      const condition = f.condition ? ` (unless ${f.condition === 'consent' ? 'you agree' : 'the law requires'})` : '';
      lines.push(`  ${f.status === 'yes' ? 'yes' : 'NO '} ${f.id}${extra ? ` [${extra}]` : ''}${condition}`);
      lines.push(`      "${quote(f)}"`);
    }
  }
  return `${lines.join('\n')}\n`;
}
