// Puts a generated MessyPlan into the emulated sheet the way people would: the prospect removes
// the template's rows and the dropdowns, pastes the rows, then renames, adds and moves columns
// one edit at a time. Every edit fires the owner's installable on-edit trigger, as in Sheets.
import type { RunOutcome } from '../../dev/emulator';
import { columnToLetters } from '../../dev/emulator/spreadsheet/a1';
import { KEYS, LABEL, moveColumns, type Column, type MessyPlan } from './messy-plan';
import { storedText } from './texts';
import type { Emulator } from '../../dev/emulator';
import { type HostileWorld, OWNER, PROSPECT } from '../support/world';

export interface WrittenPlan {
  firstRow: number;
  columns: Column[];
  /** Every trigger run the edits caused. */
  runs: RunOutcome[];
}

export function writeMessyPlan(world: HostileWorld, plan: MessyPlan): WrittenPlan {
  const { em, planSheet, headerRow } = world;
  const firstRow = headerRow + 1;
  const sheet = em.workbook.requireSheet(planSheet);
  const templateRows = sheet.lastRow() - headerRow;
  if (templateRows > 0) em.workbook.userDeleteRows(planSheet, firstRow, templateRows);
  const extras = plan.ops.filter((o) => o.kind === 'extra').length;
  const height = Math.max(plan.rows.length, 1);
  ensureRows(em, planSheet, firstRow + height);
  removeValidation(em, planSheet, firstRow, height, KEYS.length + extras);

  const runs: RunOutcome[] = [];
  em.as(PROSPECT);
  try {
    if (plan.rows.length)
      runs.push(
        ...em.paste(
          `${planSheet}!A${firstRow}`,
          plan.rows.map((r) => r.cells),
        ).runs,
      );
    let columns: Column[] = KEYS.map((key) => ({ key, header: LABEL[key] }));
    for (const op of plan.ops) {
      if (op.kind === 'rename') {
        const at = columns.findIndex((c) => c.key === op.key);
        if (at < 0) continue;
        runs.push(...em.edit(`${planSheet}!${columnToLetters(at + 1)}${headerRow}`, op.to).runs);
        columns[at] = { key: op.recognized ? op.key : null, header: storedText(op.to) };
      } else if (op.kind === 'extra') {
        const letter = columnToLetters(columns.length + 1);
        runs.push(...em.edit(`${planSheet}!${letter}${headerRow}`, op.header).runs);
        if (op.values.length) {
          runs.push(
            ...em.paste(
              `${planSheet}!${letter}${firstRow}`,
              op.values.map((v) => [v]),
            ).runs,
          );
        }
        columns.push({ key: null, header: storedText(op.header) });
      } else {
        const moved = moveColumns(columns, op.from, op.count, op.before);
        if (moved.every((c, i) => c === columns[i])) continue;
        em.workbook.userMoveColumns(planSheet, op.from, op.count, op.before);
        columns = moved;
      }
    }
    checkHeaders(world, columns);
    return { firstRow, columns, runs };
  } finally {
    em.as(OWNER);
  }
}

/** The sheet's headings must be what the plan says, or the expectations would be wrong. */
function checkHeaders(world: HostileWorld, columns: readonly Column[]): void {
  const sheet = world.em.workbook.requireSheet(world.planSheet);
  const row = sheet.read({
    row: world.headerRow,
    column: 1,
    numRows: 1,
    numColumns: columns.length,
  }).values[0];
  const actual = row.map((v) => (v === null ? '' : String(v)));
  const expected = columns.map((c) => c.header);
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    throw new Error(
      `test set-up: headings ${JSON.stringify(actual)} are not ${JSON.stringify(expected)}`,
    );
  }
}

/**
 * The prospect took the dropdowns and date checks off these cells (Data > Data validation >
 * Remove), as anyone with edit access can: from here on a cell holds whatever is typed.
 */
export function removeValidation(
  em: Emulator,
  sheetName: string,
  fromRow: number,
  rows: number,
  columns: number,
): void {
  const sheet = em.workbook.requireSheet(sheetName);
  for (let r = fromRow; r < fromRow + rows; r++) {
    for (let c = 1; c <= columns; c++) {
      if (sheet.getMeta(r, c)?.validation) sheet.patchMeta(r, c, { validation: undefined });
    }
  }
}

/** Makes sure the sheet has at least `lastRow` rows, as a user adding rows at the bottom. */
export function ensureRows(em: Emulator, sheetName: string, lastRow: number): void {
  const sheet = em.workbook.requireSheet(sheetName);
  if (lastRow > sheet.maxRows)
    em.workbook.userInsertRows(sheetName, sheet.maxRows + 1, lastRow - sheet.maxRows);
}
