// The host-side records a sheet keeps beside HyperFormula's cell contents: each cell's own
// format, its validation rule, and the sheet's conditional-format rules and protections.
import type { GridRange } from './a1';

/** A criterion argument. Dates are instants (epoch ms); relative dates keep their enum name. */
export type CriteriaValue = string | number | boolean | { date: number } | { relativeDate: string };

/** A range on some sheet of the workbook, held by sheet id so it survives renames. */
export interface SheetRangeRef {
  sheetId: number;
  range: GridRange;
}

export type ValidationValue = CriteriaValue | string[] | { rangeRef: SheetRangeRef };

export interface ValidationRule {
  /** A SpreadsheetApp.DataValidationCriteria name. */
  type: string;
  values: ValidationValue[];
  allowInvalid: boolean;
  helpText: string | null;
}

/** A validation as a cell holds it: the rule, and the top-left cell of the range the rule was
 * set on (relative references in a custom formula count from there; it moves with the sheet). */
export interface CellValidation {
  rule: ValidationRule;
  anchorRow: number;
  anchorColumn: number;
}

export interface CellMeta {
  numberFormat?: string;
  background?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  strikethrough?: boolean;
  underline?: boolean;
  fontSize?: number;
  fontFamily?: string;
  wrap?: string;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  note?: string;
  validation?: CellValidation;
}

export interface TextStyle {
  background?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  strikethrough?: boolean;
  underline?: boolean;
}

export interface ConditionalRule {
  ranges: GridRange[];
  /** A SpreadsheetApp.BooleanCriteria name. */
  type: string;
  values: CriteriaValue[];
  format: TextStyle;
}

export interface ProtectionRecord {
  id: number;
  type: 'RANGE' | 'SHEET';
  /** The protected range (for a sheet protection, the whole sheet is protected). */
  range?: GridRange;
  description: string;
  warningOnly: boolean;
  /** null: nobody was removed yet, so the editors mirror the spreadsheet's. */
  editors: string[] | null;
  domainEdit: boolean;
  unprotectedRanges: GridRange[];
}

/** The format a cell shows after conditional formatting (Workbook.effectiveFormat). */
export interface EffectiveFormat {
  background: string;
  fontColor: string;
  bold: boolean;
  italic: boolean;
  strikethrough: boolean;
}
