// Finds a table in the emulated spreadsheet by its header names, the way a person reads a
// sheet: the demo and the tests use it to type into the right cells without knowing the layout.
import { columnToLetters } from '../emulator/spreadsheet/a1';
import { isDateFormat } from '../emulator/spreadsheet/number-format';
import type { Workbook } from '../emulator/spreadsheet/workbook';

const EPOCH_DAY = Date.UTC(1899, 11, 30) / 86_400_000;

export type TableCell = string | number | boolean | { date: string } | null;

export interface TableRow {
  /** The sheet row. */
  row: number;
  get(header: string): TableCell;
  text(header: string): string;
  /** The cell's date as 'yyyy-MM-dd', or null when it holds no date. */
  date(header: string): string | null;
}

export interface Table {
  sheet: string;
  headerRow: number;
  /** A1 address of `header`'s cell in sheet row `row`. */
  cell(header: string, row: number): string;
  /** The rows under the header, down to the last row with content. */
  rows: TableRow[];
}

function dateKeyOfSerial(serial: number): string {
  return new Date((Math.floor(serial) + EPOCH_DAY) * 86_400_000).toISOString().slice(0, 10);
}

export function findTable(workbook: Workbook, headers: string[]): Table {
  for (const sheet of workbook.sheets) {
    const lastRow = sheet.lastRow();
    const lastColumn = sheet.lastColumn();
    if (lastRow === 0) continue;
    const block = sheet.read({ row: 1, column: 1, numRows: lastRow, numColumns: lastColumn });
    const index = block.values.findIndex((line) =>
      headers.every((h) => line.some((v) => typeof v === 'string' && v.trim() === h)),
    );
    if (index < 0) continue;
    const names = block.values[index].map((v) => (typeof v === 'string' ? v.trim() : ''));
    const columnOf = (header: string): number => {
      const at = names.indexOf(header);
      if (at < 0) throw new Error(`No column "${header}" on ${sheet.name}`);
      return at;
    };
    const rows = block.values.slice(index + 1).map((line, i): TableRow => {
      const formats = block.formats[index + 1 + i];
      const get = (header: string): TableCell => {
        const at = columnOf(header);
        const v = line[at];
        if (typeof v === 'number' && isDateFormat(formats[at])) return { date: dateKeyOfSerial(v) };
        return v;
      };
      return {
        row: index + 2 + i,
        get,
        text: (header) => {
          const v = get(header);
          return v === null ? '' : typeof v === 'object' ? v.date : String(v);
        },
        date: (header) => {
          const v = get(header);
          return v !== null && typeof v === 'object' ? v.date : null;
        },
      };
    });
    return {
      sheet: sheet.name,
      headerRow: index + 1,
      cell: (header, row) => `${columnToLetters(columnOf(header) + 1)}${row}`,
      rows,
    };
  }
  throw new Error(`No table with the headers ${headers.join(', ')}`);
}
