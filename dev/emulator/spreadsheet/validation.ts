// Data validation as people meet it: checked when someone types or pastes into a cell (scripts
// may write anything, as in Sheets). A blank cell always passes.
import { cellA1 } from './a1';
import {
  cellDay,
  criterionDay,
  criterionNumber,
  criterionText,
  displayOf,
  formulaHolds,
  isBlankValue,
  type CellView,
} from './criteria';
import type { CellValidation, CriteriaValue, ValidationRule } from './models';
import type { SheetModel } from './sheet-model';
import type { Workbook } from './workbook';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const URL_RE = /^(https?:\/\/)?[^\s/$.?#]+\.[^\s]+$/i;

function listOf(book: Workbook, rule: ValidationRule): string[] {
  const first = rule.values[0];
  if (Array.isArray(first)) return first;
  if (first && typeof first === 'object' && 'rangeRef' in first) {
    const sheet = book.getSheetById(first.rangeRef.sheetId);
    if (!sheet) return [];
    const block = sheet.read(first.rangeRef.range);
    return block.values.flatMap((row, i) =>
      row.map((value, j) => displayOf({ value, format: block.formats[i][j] })),
    );
  }
  return [];
}

function asCriteria(v: ValidationRule['values'][number]): CriteriaValue | undefined {
  if (Array.isArray(v)) return undefined;
  if (v && typeof v === 'object' && 'rangeRef' in v) return undefined;
  return v as CriteriaValue;
}

function dateTest(book: Workbook, rule: ValidationRule, view: CellView): boolean {
  const day = cellDay(view);
  if (day === undefined) return false;
  const a = rule.values[0] === undefined ? undefined : asCriteria(rule.values[0]);
  const b = rule.values[1] === undefined ? undefined : asCriteria(rule.values[1]);
  const da = a === undefined ? undefined : criterionDay(book, a);
  const db = b === undefined ? undefined : criterionDay(book, b);
  switch (rule.type) {
    case 'DATE_IS_VALID_DATE':
      return true;
    case 'DATE_AFTER':
      return da !== undefined && day > da;
    case 'DATE_BEFORE':
      return da !== undefined && day < da;
    case 'DATE_ON_OR_AFTER':
      return da !== undefined && day >= da;
    case 'DATE_ON_OR_BEFORE':
      return da !== undefined && day <= da;
    case 'DATE_EQUAL_TO':
      return da !== undefined && day === da;
    case 'DATE_BETWEEN':
      return da !== undefined && db !== undefined && day >= da && day <= db;
    case 'DATE_NOT_BETWEEN':
      return da !== undefined && db !== undefined && (day < da || day > db);
    default:
      return false;
  }
}

function numberTest(rule: ValidationRule, view: CellView): boolean {
  if (typeof view.value !== 'number') return false;
  const v = view.value;
  const a = criterionNumber(asCriteria(rule.values[0]));
  const b = criterionNumber(asCriteria(rule.values[1]));
  if (a === undefined) return false;
  switch (rule.type) {
    case 'NUMBER_BETWEEN':
      return b !== undefined && v >= a && v <= b;
    case 'NUMBER_NOT_BETWEEN':
      return b !== undefined && (v < a || v > b);
    case 'NUMBER_EQUAL_TO':
      return v === a;
    case 'NUMBER_NOT_EQUAL_TO':
      return v !== a;
    case 'NUMBER_GREATER_THAN':
      return v > a;
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return v >= a;
    case 'NUMBER_LESS_THAN':
      return v < a;
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return v <= a;
    default:
      return false;
  }
}

/** Does the value now in the cell satisfy its validation? */
export function passesValidation(
  book: Workbook,
  sheet: SheetModel,
  v: CellValidation,
  cell: { row: number; column: number },
  view: CellView,
): boolean {
  const { rule } = v;
  if (rule.type === 'CHECKBOX') {
    if (rule.values.length === 0)
      return view.value === true || view.value === false || isBlankValue(view.value);
    const allowed = rule.values.map((x) => criterionText(asCriteria(x)));
    return isBlankValue(view.value) || allowed.includes(displayOf(view));
  }
  if (isBlankValue(view.value)) return true;
  const text = displayOf(view);
  switch (rule.type) {
    case 'VALUE_IN_LIST':
    case 'VALUE_IN_RANGE': {
      // Sheets compares text ignoring case here as in formulas: "done" passes a list with "Done".
      const wanted = text.toLowerCase();
      return listOf(book, rule).some((item) => item.toLowerCase() === wanted);
    }
    case 'TEXT_IS_VALID_EMAIL':
      return typeof view.value === 'string' && EMAIL.test(view.value);
    case 'TEXT_IS_VALID_URL':
      return typeof view.value === 'string' && URL_RE.test(view.value);
    case 'TEXT_CONTAINS':
      return text.includes(criterionText(asCriteria(rule.values[0])));
    case 'TEXT_DOES_NOT_CONTAIN':
      return !text.includes(criterionText(asCriteria(rule.values[0])));
    case 'TEXT_EQUAL_TO':
      return text === criterionText(asCriteria(rule.values[0]));
    case 'CUSTOM_FORMULA':
      return formulaHolds(
        sheet,
        book,
        criterionText(asCriteria(rule.values[0])),
        cell.row - v.anchorRow,
        cell.column - v.anchorColumn,
      );
    default:
      if (rule.type.startsWith('DATE_')) return dateTest(book, rule, view);
      if (rule.type.startsWith('NUMBER_')) return numberTest(rule, view);
      return true;
  }
}

/** What Sheets says about an invalid value: the note on a warned cell. */
export function invalidNote(rule: ValidationRule): string {
  switch (rule.type) {
    case 'VALUE_IN_LIST':
    case 'VALUE_IN_RANGE':
      return 'Invalid: Input must be an item on the specified list';
    case 'TEXT_IS_VALID_EMAIL':
      return 'Invalid: Input must be a valid email address';
    case 'TEXT_IS_VALID_URL':
      return 'Invalid: Input must be a valid URL';
    case 'CHECKBOX':
      return 'Invalid: Input must be a checkbox value';
    case 'CUSTOM_FORMULA':
      return 'Invalid: Input must satisfy the specified formula';
    default:
      if (rule.type.startsWith('DATE_')) return 'Invalid: Input must be a valid date';
      if (rule.type.startsWith('NUMBER_')) return 'Invalid: Input must be a number';
      return 'Invalid: Input does not satisfy the validation rule';
  }
}

/** The message of the dialog that rejects an edit: the rule's help text when it has one. */
/** A user edit the cell's validation rejected: nothing changed, as after Sheets' dialog. */
export class ValidationRejection extends Error {
  override name = 'ValidationRejection';
}

export function rejectionMessage(rule: ValidationRule, row: number, column: number): string {
  return (
    rule.helpText ??
    `The data you entered in cell ${cellA1(row, column)} violates the data validation rules set on this cell.`
  );
}
