import { SECTION_LABELS, SECTION_ORDER, TAXONOMY, type Card, type Evidence, type Finding, type Section } from '../schema';
import { durationToDays } from '../card-facts/duration';
import { describeFinding, findingLabel } from './labels';
import { polarityOf, type Polarity } from './polarity';

/** What one policy says about one taxonomy id. `mixed`: it has both a `yes` and a `no` finding. */
export type CellStatus = 'yes' | 'no' | 'mixed' | 'not-stated';

export interface CompareCell {
  status: CellStatus;
  /** Human values and details of the findings ("30 days (Logs)"), without repeats. */
  values: string[];
  /** Every quote behind the cell, in the order of the policy text. */
  quotes: Evidence[];
  /** Whether this cell is good or bad news for the reader, judged on its own. */
  tone: 'good' | 'bad' | 'neutral';
  /** Best or worst of its row, when the row's stated cells differ. */
  mark?: 'best' | 'worst';
}

export interface CompareRow {
  section: Section;
  id: string;
  label: string;
  polarity: Polarity;
  /** One cell per compared card, in the order of the cards. */
  cells: CompareCell[];
  /** True when every card says the same (same status and values): "differences only" hides it. */
  agree: boolean;
}

export interface CompareSection {
  section: Section;
  label: string;
  rows: CompareRow[];
}

export interface CompareMatrix {
  cards: Card[];
  sections: CompareSection[];
}

function statusOf(findings: readonly Finding[]): CellStatus {
  const yes = findings.some((f) => f.status === 'yes');
  const no = findings.some((f) => f.status === 'no');
  return yes && no ? 'mixed' : yes ? 'yes' : no ? 'no' : 'not-stated';
}

/** Days of the longest duration among the cell's `yes` findings (the figure that matters for retention). */
function longestDays(findings: readonly Finding[]): number | undefined {
  let max: number | undefined;
  for (const f of findings) {
    if (f.status !== 'yes' || f.value === undefined) continue;
    const days = durationToDays(f.value);
    if (days !== undefined && (max === undefined || days > max)) max = days;
  }
  return max;
}

const STATUS_SCORE: Record<Exclude<CellStatus, 'not-stated'>, number> = { no: 0, mixed: 1, yes: 2 };

/** Higher is better for the reader; undefined when the cell cannot be ranked (not stated, neutral). */
function scoreOf(polarity: Polarity, status: CellStatus, findings: readonly Finding[]): number | undefined {
  if (status === 'not-stated') return undefined;
  switch (polarity) {
    case 'risky':
    case 'data':
      return 2 - STATUS_SCORE[status];
    case 'protective':
      return STATUS_SCORE[status];
    case 'shorter': {
      const days = longestDays(findings);
      return days === undefined ? undefined : -days;
    }
    case 'longer':
      return longestDays(findings);
    case 'neutral':
      return undefined;
  }
}

function toneOf(polarity: Polarity, status: CellStatus): CompareCell['tone'] {
  if (status === 'yes') return polarity === 'risky' ? 'bad' : polarity === 'protective' ? 'good' : 'neutral';
  if (status === 'no') return polarity === 'risky' || polarity === 'data' ? 'good' : polarity === 'protective' ? 'bad' : 'neutral';
  return 'neutral';
}

function buildCell(polarity: Polarity, findings: readonly Finding[]): { cell: CompareCell; score?: number } {
  const status = statusOf(findings);
  const values = [...new Set(findings.map(describeFinding).filter((v) => v !== ''))];
  const quotes = findings.flatMap((f) => f.evidence).sort((a, b) => a.start - b.start);
  return {
    cell: { status, values, quotes, tone: toneOf(polarity, status) },
    score: scoreOf(polarity, status, findings),
  };
}

function groupFindings(card: Card): Map<string, Finding[]> {
  const byKey = new Map<string, Finding[]>();
  for (const f of card.findings) {
    const key = `${f.section}/${f.id}`;
    const list = byKey.get(key);
    if (list) list.push(f);
    else byKey.set(key, [f]);
  }
  return byKey;
}

/**
 * Lays cards side by side: one row per taxonomy id, grouped by section in
 * card order (collected, sharing, retention, rights, then the rest), one cell
 * per card. Best and worst are marked only where the ranked cells differ, so
 * a mark always means "this one is better (or worse) than that one".
 */
export function buildCompareMatrix(cards: readonly Card[]): CompareMatrix {
  const grouped = cards.map(groupFindings);
  const sections: CompareSection[] = SECTION_ORDER.map((section) => ({
    section,
    label: SECTION_LABELS[section],
    rows: (TAXONOMY[section] as readonly string[]).map((id) => {
      const polarity = polarityOf(section, id);
      const built = grouped.map((g) => buildCell(polarity, g.get(`${section}/${id}`) ?? []));
      const cells = built.map((b) => b.cell);
      const scores = built.map((b) => b.score).filter((s): s is number => s !== undefined);
      if (scores.length >= 2) {
        const best = Math.max(...scores);
        const worst = Math.min(...scores);
        if (best !== worst) {
          built.forEach((b) => {
            if (b.score === best) b.cell.mark = 'best';
            else if (b.score === worst) b.cell.mark = 'worst';
          });
        }
      }
      const signature = (c: CompareCell) => `${c.status}|${[...c.values].sort().join('|')}`;
      const first = cells[0];
      const agree = first === undefined || cells.every((c) => signature(c) === signature(first));
      return { section, id, label: findingLabel(section, id), polarity, cells, agree };
    }),
  }));
  return { cards: [...cards], sections };
}

/** The matrix with rows where every card agrees removed (and sections left empty dropped). */
export function differencesOnly(matrix: CompareMatrix): CompareMatrix {
  return {
    cards: matrix.cards,
    sections: matrix.sections
      .map((s) => ({ ...s, rows: s.rows.filter((r) => !r.agree) }))
      .filter((s) => s.rows.length > 0),
  };
}
