// Whether a tab whose headings match the step table is one the add-on wrote. Sellers and
// prospects keep their own task lists under the same headings (Step, Owner, Target date,
// Status); taking one for the plan would block creating a plan, report on a table the add-on
// never made and let the edit handler stamp dates into it. So a table found by its headings
// alone counts as the plan only with a sign that createPlan wrote it. The signs read here are
// in the values already read, and survive what prospects do to a plan (a renamed tab, columns
// reordered or added, rows inserted above): the slip-tracking columns and the header block's
// own labels. The server has a third, which it must ask the sheet for: our marked
// conditional-format rules.
import { HEADER_FIELDS, type HeaderFieldKey } from '../header/fields';
import { STEP_COLUMNS, type StepColumnKey } from '../model';
import type { Origin } from './locate';
import { normalizeLabel } from './normalize';

export type PlanEvidence = 'slip columns' | 'header block';

// Spelled as createPlan writes them, never by alias: a hand-made list may well have a
// "Baseline" or a "Slip" column, but not both headings exactly as ours.
const SLIP_COLUMNS: readonly StepColumnKey[] = ['baselineDate', 'slipDays'];

// The header block's labels, less the common words (Customer, Vendor, Progress). A hand-made
// plan may use one or two of these; three are asked for, which still leaves a plan whose
// labels a prospect reworded here and there recognised.
const OWN_LABELS: readonly HeaderFieldKey[] = [
  'goal',
  'signatureDate',
  'baselineSignatureDate',
  'owner',
  'planStatus',
];
const OWN_LABELS_NEEDED = 3;

const slipHeadings = SLIP_COLUMNS.map((key) => {
  const column = STEP_COLUMNS.find((c) => c.key === key);
  // STEP_COLUMNS declares both; reaching this means someone removed one from the model.
  if (!column) throw new Error(`STEP_COLUMNS has no '${key}' column`);
  return normalizeLabel(column.header);
});

const ownLabels = new Set(
  HEADER_FIELDS.filter((f) => OWN_LABELS.includes(f.key)).map((f) => normalizeLabel(f.label)),
);

function labelOf(cell: unknown): string {
  return typeof cell === 'string' ? normalizeLabel(cell) : '';
}

/**
 * The first sign in `values` that the table whose heading row is `headerRow` (a 1-based sheet
 * row) is the add-on's, or null when the values carry none.
 */
export function planEvidenceIn(
  values: readonly (readonly unknown[])[],
  headerRow: number,
  origin: Origin = { row: 1, column: 1 },
): PlanEvidence | null {
  const at = headerRow - origin.row;
  const headings = new Set((values[at] ?? []).map(labelOf));
  if (slipHeadings.every((h) => headings.has(h))) return 'slip columns';

  const found = new Set<string>();
  for (let r = 0; r < Math.min(at, values.length); r++) {
    for (const cell of values[r] ?? []) {
      const label = labelOf(cell);
      if (ownLabels.has(label)) found.add(label);
    }
  }
  return found.size >= OWN_LABELS_NEEDED ? 'header block' : null;
}
