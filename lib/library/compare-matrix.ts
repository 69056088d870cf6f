import { SECTION_ORDER, TAXONOMY, type Card, type Condition, type Evidence, type Finding, type Section } from '../schema';
import { answerText, sectionTitle } from '../present/taxonomy-text';
import { keyFacts, keyFactQuestion, KEY_FACT_IDS, type KeyFact, type KeyFactId } from '../present/key-facts';
import { durationToDays } from '../card-facts/duration';
import { describeFinding, findingLabel } from './labels';
import { polarityOf, type Polarity } from './polarity';

/** What one policy says about one taxonomy id. `mixed`: it has both a `yes` and a `no` finding. */
export type CellStatus = 'yes' | 'no' | 'mixed' | 'not-stated';

export interface CompareCell {
  status: CellStatus;
  /** A `no` whose every denial names an exception: "No, unless you agree". */
  condition?: Condition;
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

/** One of the eight key facts across the compared cards: the same grid that heads each card. */
export interface KeyFactRow {
  id: KeyFactId;
  question: string;
  /** One answer per compared card, in the order of the cards. */
  cells: KeyFact[];
}

export interface CompareMatrix {
  cards: Card[];
  /** The eight key facts, always all of them, before the sections. */
  keyFacts: KeyFactRow[];
  sections: CompareSection[];
}

function statusOf(findings: readonly Finding[]): CellStatus {
  const yes = findings.some((f) => f.status === 'yes');
  const no = findings.some((f) => f.status === 'no');
  return yes && no ? 'mixed' : yes ? 'yes' : no ? 'no' : 'not-stated';
}

/**
 * The exception of a `no` cell: only when every denial has one (a plain
 * denial anywhere is the stronger statement); consent is the narrower one.
 */
function conditionOf(status: CellStatus, findings: readonly Finding[]): Condition | undefined {
  if (status !== 'no' || findings.some((f) => f.status === 'no' && !f.condition)) return undefined;
  return findings.some((f) => f.condition === 'consent') ? 'consent' : 'law';
}

/** "No, unless you agree": the status word of a cell, with its exception. */
export function cellStatusText(cell: Pick<CompareCell, 'status' | 'condition'>): string {
  return answerText(cell.status, cell.condition);
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

/**
 * How far a cell leans to yes: 0 for a plain no, 2 for yes. A denial with an
 * exception ("unless you agree") sits between, so for a risky practice
 * no > no with a condition > yes.
 */
function yesness(status: Exclude<CellStatus, 'not-stated'>, condition: Condition | undefined): number {
  return condition ? 1 : STATUS_SCORE[status];
}

/** Higher is better for the reader; undefined when the cell cannot be ranked (not stated, neutral). */
function scoreOf(polarity: Polarity, status: CellStatus, findings: readonly Finding[], condition?: Condition): number | undefined {
  if (status === 'not-stated') return undefined;
  switch (polarity) {
    case 'risky':
    case 'data':
      return 2 - yesness(status, condition);
    case 'protective':
      return yesness(status, condition);
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

function toneOf(polarity: Polarity, status: CellStatus, condition?: Condition): CompareCell['tone'] {
  if (condition) return 'neutral';
  if (status === 'yes') return polarity === 'risky' ? 'bad' : polarity === 'protective' ? 'good' : 'neutral';
  if (status === 'no') return polarity === 'risky' || polarity === 'data' ? 'good' : polarity === 'protective' ? 'bad' : 'neutral';
  return 'neutral';
}

function buildCell(polarity: Polarity, findings: readonly Finding[]): { cell: CompareCell; score?: number } {
  const status = statusOf(findings);
  const condition = conditionOf(status, findings);
  const values = [...new Set(findings.map(describeFinding).filter((v) => v !== ''))];
  const quotes = findings.flatMap((f) => f.evidence).sort((a, b) => a.start - b.start);
  return {
    cell: { status, ...(condition ? { condition } : {}), values, quotes, tone: toneOf(polarity, status, condition) },
    score: scoreOf(polarity, status, findings, condition),
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

/** What one card contributes to any comparison it is in: its cells by row, its key facts. */
interface CardColumn {
  findings: Map<string, Finding[]>;
  cells: Map<string, { cell: CompareCell; score?: number }>;
  facts: KeyFact[];
}

/**
 * Cards are never changed in place (a new analysis is a new card object), so
 * a card's column is worked out once and reused by every comparison it
 * appears in: adding or removing one policy, or comparing an overlapping set,
 * only derives the new card's cells.
 */
const columns = new WeakMap<Card, CardColumn>();

function columnOf(card: Card): CardColumn {
  let column = columns.get(card);
  if (!column) {
    column = { findings: groupFindings(card), cells: new Map(), facts: keyFacts(card.findings) };
    columns.set(card, column);
  }
  return column;
}

function cellOf(column: CardColumn, key: string, polarity: Polarity): { cell: CompareCell; score?: number } {
  let built = column.cells.get(key);
  if (!built) {
    built = buildCell(polarity, column.findings.get(key) ?? []);
    column.cells.set(key, built);
  }
  return built;
}

interface RowFrame {
  section: Section;
  id: string;
  key: string;
  label: string;
  polarity: Polarity;
}

/** Every row's fixed part (topic, polarity), in table order: the same for every comparison on this page. */
let frames: Array<{ section: Section; label: string; rows: RowFrame[] }> | undefined;

function rowFrames(): NonNullable<typeof frames> {
  frames ??= SECTION_ORDER.map((section) => ({
    section,
    label: sectionTitle(section),
    rows: (TAXONOMY[section] as readonly string[]).map((id) => ({ section, id, key: `${section}/${id}`, label: findingLabel(section, id), polarity: polarityOf(section, id) })),
  }));
  return frames;
}

const signature = (c: CompareCell) => `${c.status}|${c.condition ?? ''}|${[...c.values].sort().join('|')}`;

/**
 * Lays cards side by side: one row per taxonomy id, grouped by section in
 * card order (collected, sharing, retention, rights, then the rest), one cell
 * per card. Best and worst are marked only where the ranked cells differ, so
 * a mark always means "this one is better (or worse) than that one".
 */
export function buildCompareMatrix(cards: readonly Card[]): CompareMatrix {
  const cardColumns = cards.map(columnOf);
  const sections: CompareSection[] = rowFrames().map((frame) => ({
    section: frame.section,
    label: frame.label,
    rows: frame.rows.map(({ section, id, key, label, polarity }) => {
      const built = cardColumns.map((column) => cellOf(column, key, polarity));
      const scores = built.map((b) => b.score).filter((s): s is number => s !== undefined);
      let cells = built.map((b) => b.cell);
      if (scores.length >= 2) {
        const best = Math.max(...scores);
        const worst = Math.min(...scores);
        // Cached cells are shared between comparisons: a mark goes on a copy.
        if (best !== worst) cells = built.map((b) => (b.score === best ? { ...b.cell, mark: 'best' } : b.score === worst ? { ...b.cell, mark: 'worst' } : b.cell));
      }
      const first = cells[0];
      const agree = first === undefined || cells.every((c) => c === first || signature(c) === signature(first));
      return { section, id, label, polarity, cells, agree };
    }),
  }));
  const keyFactRows = KEY_FACT_IDS.map((id, i) => ({ id, question: keyFactQuestion(id), cells: cardColumns.map((c) => c.facts[i]!) }));
  return { cards: [...cards], keyFacts: keyFactRows, sections };
}

/** The matrix with rows where every card agrees removed (key facts too; sections left empty dropped). */
export function differencesOnly(matrix: CompareMatrix): CompareMatrix {
  return {
    cards: matrix.cards,
    keyFacts: matrix.keyFacts.filter((row) => new Set(row.cells.map((c) => c.text)).size > 1),
    sections: matrix.sections
      .map((s) => ({ ...s, rows: s.rows.filter((r) => !r.agree) }))
      .filter((s) => s.rows.length > 0),
  };
}

/**
 * The leading sections that hold at least `rows` rows, in whole sections (so
 * each section's "not stated by any" line is exact): what the compare view
 * draws in its first frame. Fewer sections only when there are no more.
 */
export function leadingSections(sections: readonly CompareSection[], rows: number): CompareSection[] {
  const out: CompareSection[] = [];
  let count = 0;
  for (const section of sections) {
    if (count >= rows) break;
    out.push(section);
    count += section.rows.length;
  }
  return out;
}
