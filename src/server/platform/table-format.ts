// Applies a layout's TableFormat to a sheet. Every range runs from the first data row to the
// sheet's last row, so rows added later (inside or below the table) are formatted too, and the
// number of calls depends on the number of columns, never on the number of rows.
import type { SheetCell } from '../../core/layout/cell';
import type { ColumnFormat, TableFormat, ValidationSpec } from '../../core/layout/sheet-format';
import { writeBlock } from './sheet-values';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface TableFormatOptions {
  /** Header width in columns, for the bold header row; defaults to the last formatted column. */
  headerWidth?: number;
  /** Style the header row (createPlan); a refresh leaves the user's styling alone. */
  styleHeader?: boolean;
  /** Set widths (createPlan); a refresh keeps the widths the user chose. */
  setWidths?: boolean;
}

export function applyTableFormat(
  sheet: Sheet,
  format: TableFormat,
  options: TableFormatOptions = {},
): void {
  const maxRows = sheet.getMaxRows();
  const dataRows = Math.max(1, maxRows - format.firstDataRow + 1);
  if (options.setWidths) sheet.setFrozenRows(format.frozenRows);
  if (options.styleHeader) {
    const width = options.headerWidth ?? Math.max(...format.columns.map((c) => c.column));
    sheet
      .getRange(format.headerRow, 1, 1, width)
      .setFontWeight('bold')
      .setBackground('#e8eaed')
      .setWrap(true);
  }
  for (const column of format.columns) {
    if (options.setWidths) sheet.setColumnWidth(column.column, column.width);
    applyColumn(sheet.getRange(format.firstDataRow, column.column, dataRows, 1), column);
  }
}

function applyColumn(range: GoogleAppsScript.Spreadsheet.Range, column: ColumnFormat): void {
  if (column.numberFormat) range.setNumberFormat(column.numberFormat);
  if (column.wrap) range.setWrap(true);
  if (column.validation) range.setDataValidation(buildValidation(column.validation));
}

export function buildValidation(spec: ValidationSpec): GoogleAppsScript.Spreadsheet.DataValidation {
  const builder = SpreadsheetApp.newDataValidation();
  switch (spec.kind) {
    case 'list':
      return builder
        .requireValueInList([...spec.values], true)
        .setAllowInvalid(spec.allowInvalid)
        .setHelpText(spec.helpText)
        .build();
    case 'date':
      return builder
        .requireDate()
        .setAllowInvalid(spec.allowInvalid)
        .setHelpText(spec.helpText)
        .build();
    case 'checkbox':
      return builder.requireCheckbox().build();
  }
}

/** A new tab's table: its grid (headings first) written at the heading row, then formatted. */
export function writeTable(
  sheet: Sheet,
  grid: readonly (readonly SheetCell[])[],
  format: TableFormat,
  timeZone: string,
): void {
  writeBlock(sheet, format.headerRow, 1, grid, timeZone);
  applyTableFormat(sheet, format, {
    setWidths: true,
    styleHeader: true,
    headerWidth: grid[0].length,
  });
}
