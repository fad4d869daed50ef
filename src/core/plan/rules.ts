import { PLAUSIBLE_SERIALS } from './cells';
import type { StepTable, StepLetters } from './table';
import { DUE_SOON_DAYS } from './model';
import type { StepState } from './steps';

// Pieces of sheet formulas that restate core's definitions (cells.ts, steps/state.ts) in the
// sheet's language. Every formula we generate is built from these, so one reading of "a date",
// "open" and "has an owner" holds in the conditional formats, the header and the slip column.
//
// A cell may hold a formula error (#DIV/0!, #N/A, #REF! after a row was deleted). Apps Script
// hands core its text ("#DIV/0!"), which core reads as text: filled, not a date, not a known
// status. Left to itself an error would make every formula touching that cell an error too,
// and a rule that errors paints nothing, so each predicate below says what core says instead.

/** A cell that holds a date core can read: a number whose day lies in PLAUSIBLE_DATES. */
export function readableDate(ref: string): string {
  return `IFERROR(AND(ISNUMBER(${ref}),${ref}>=${PLAUSIBLE_SERIALS.first},${ref}<${PLAUSIBLE_SERIALS.last + 1}),FALSE())`;
}

/** Non-blank as core's isBlankCell sees it: whitespace alone is blank, an error is not. */
export function filled(ref: string): string {
  return `IFERROR(LEN(TRIM(${ref}))>0,TRUE())`;
}

/** A value a person typed, as core reads an owner: blank and a formula error are both none. */
export function hasValue(ref: string): string {
  return `IFERROR(LEN(TRIM(${ref}))>0,FALSE())`;
}

/** Sheets compares text ignoring case; TRIM matches core trimming the status it reads. */
export function statusIs(ref: string, status: string): string {
  return `IFERROR(TRIM(${ref})="${status}",FALSE())`;
}

/** Not Done and not Skipped; an error is a status core does not know, so the step is open. */
export function isOpen(ref: string): string {
  return `IFERROR(AND(TRIM(${ref})<>"Done",TRIM(${ref})<>"Skipped"),TRUE())`;
}

// Sheets keeps no name or tag on a conditional-format rule, and rewrites cell references when
// columns move, so our rules carry a marker inside the formula: N("text") is 0 in Sheets and
// HyperFormula alike, so `N(marker)=0` is a true no-op AND argument that survives any edit.
export const RULE_MARKER_PREFIX = 'mutual-action-plan:';

export function ruleMarker(id: string): string {
  return `N("${RULE_MARKER_PREFIX}${id}")=0`;
}

const MARKER = /N\(\s*"mutual-action-plan:([A-Za-z]+)"\s*\)/i;

/** The id in our marker, or null for a formula without one (a user's own rule). */
export function ourRuleId(formula: string): string | null {
  const match = MARKER.exec(formula);
  return match ? match[1] : null;
}

/** Whether a conditional-format formula is ours: the server replaces these and keeps the rest. */
export function isOurRule(formula: string): boolean {
  return ourRuleId(formula) !== null;
}

// How each state looks. Colour is never the only cue: every state also has its own font style
// (bold, italic, underline, strikethrough), and the fills were chosen to stay apart under
// simulated protanopia and deuteranopia (tested in rules.test.ts), with dark text of the
// same hue for contrast. Late is vermillion, not red, and Done is blue, not green.

export interface CellLook {
  /** Fill colour, or null to leave the cell's own fill. */
  background: string | null;
  fontColor: string;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  strikethrough: boolean;
}

const plain = { bold: false, italic: false, underline: false, strikethrough: false };

export const PALETTE = {
  done: { ...plain, background: '#C6E0F5', fontColor: '#0B3D66' },
  skipped: { ...plain, background: null, fontColor: '#6E6E6E', strikethrough: true },
  dateUnreadable: {
    ...plain,
    background: '#FFE0B8',
    fontColor: '#5A3300',
    bold: true,
    italic: true,
  },
  late: { ...plain, background: '#F6A38C', fontColor: '#5C1600', bold: true },
  blocked: { ...plain, background: '#C9A8E8', fontColor: '#331060', bold: true, underline: true },
  uncommitted: { ...plain, background: '#8FD9C8', fontColor: '#083D33', italic: true },
  dueSoon: { ...plain, background: '#F9EDA5', fontColor: '#4A3F00', underline: true },
} as const satisfies Record<string, CellLook>;

/**
 * Where the step rules apply: every column of the table, from the first data row down to the
 * last row a step may be typed in (steps.ts liveRowsEnd), so a step appended under the table
 * is painted at once and rows past the table's end are not.
 */
export interface RuleRange {
  firstRow: number;
  firstColumn: number;
  lastColumn: number;
}

export function stepRuleRange(table: Pick<StepTable, 'column' | 'firstDataRow'>): RuleRange {
  const columns = Object.values(table.column) as number[];
  return {
    firstRow: table.firstDataRow,
    firstColumn: Math.min(...columns),
    lastColumn: Math.max(...columns),
  };
}

// The conditional-format rules of the step table, generated from where its columns are.
// Sheets applies the FIRST matching rule to a cell, so the order below is the priority.

/**
 * Priority, first wins. Closed steps show as closed whatever their dates say. Then what needs
 * fixing: a date nobody can read, a missed date, a blocker. Then the qualification signal
 * (no owner or no date), and last what is merely coming up.
 */
export const RULE_ORDER = [
  'done',
  'skipped',
  'dateUnreadable',
  'late',
  'blocked',
  'uncommitted',
  'dueSoon',
] as const;
export type RuleId = (typeof RULE_ORDER)[number];

export interface RuleSpec {
  id: RuleId;
  /** Custom formula relative to the rule range's top-left cell (row firstDataRow). */
  formula: string;
  look: CellLook;
}

/**
 * One rule per state. References are column-absolute and row-relative ($G7), so the same rule
 * reads each row's own cells across the whole table width, including rows added later.
 */
export function stepRules(
  letters: StepLetters,
  firstDataRow: number,
  dueSoonDays: number = DUE_SOON_DAYS,
): RuleSpec[] {
  if (!Number.isInteger(firstDataRow) || firstDataRow < 1) {
    throw new RangeError(`First data row ${firstDataRow} is not a sheet row`);
  }
  if (!Number.isInteger(dueSoonDays) || dueSoonDays < 0) {
    throw new RangeError(`Due-soon window ${dueSoonDays} is not a whole number of days`);
  }
  const step = `$${letters.step}${firstDataRow}`;
  const owner = `$${letters.owner}${firstDataRow}`;
  const date = `$${letters.targetDate}${firstDataRow}`;
  const status = `$${letters.status}${firstDataRow}`;

  const conditions: Record<RuleId, string[]> = {
    done: [statusIs(status, 'Done')],
    skipped: [statusIs(status, 'Skipped')],
    dateUnreadable: [filled(date), `NOT(${readableDate(date)})`],
    late: [isOpen(status), readableDate(date), `${date}<TODAY()`],
    blocked: [statusIs(status, 'Blocked')],
    uncommitted: [isOpen(status), `OR(NOT(${hasValue(owner)}),NOT(${readableDate(date)}))`],
    dueSoon: [
      isOpen(status),
      readableDate(date),
      `${date}>=TODAY()`,
      `${date}<TODAY()+${dueSoonDays + 1}`,
    ],
  };

  // Rows without a step name are not steps (parseSteps leaves them out), so no rule paints them.
  // The fragments answer for error cells themselves; the outer IFERROR covers the comparisons
  // with TODAY(), so every rule is TRUE or FALSE on every row, as core's state is.
  return RULE_ORDER.map((id) => ({
    id,
    formula: `=IFERROR(AND(${[ruleMarker(id), filled(step), ...conditions[id]].join(',')}),FALSE())`,
    look: PALETTE[id],
  }));
}

/** The rule Sheets shows for a step in this state: the first of RULE_ORDER that applies. */
export function ruleForState(state: StepState): RuleId | null {
  return RULE_ORDER.find((id) => state[id]) ?? null;
}
