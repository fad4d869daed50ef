// How a tab we create is formatted, as data: the server applies it with a fixed number of calls
// (whole-column ranges down to the sheet's last row), however many rows the tab holds.

export type ValidationSpec =
  | { kind: 'list'; values: readonly string[]; allowInvalid: boolean; helpText: string }
  | { kind: 'date'; allowInvalid: boolean; helpText: string }
  | { kind: 'checkbox' };

export interface ColumnFormat {
  /** 1-based column in the tab. */
  column: number;
  width: number;
  /** Applied from the first data row down, so rows added later look the same. */
  numberFormat?: string;
  validation?: ValidationSpec;
  wrap?: boolean;
}

export interface TableFormat {
  /** Row of the table's header labels (1-based). */
  headerRow: number;
  firstDataRow: number;
  frozenRows: number;
  columns: readonly ColumnFormat[];
}

export const DATE_FORMAT = 'd mmm yyyy';
export const WHOLE_NUMBER_FORMAT = '0';
