// The Slip history tab: one row per target-date change whose old value is known.
import type { SheetCell } from './cell';
import { DATE_FORMAT, type TableFormat } from './sheet-format';

export const SLIP_HISTORY_HEADERS = ['When', 'Step', 'Old date', 'New date', 'Who'] as const;

export const SLIP_HISTORY_FORMAT: TableFormat = {
  headerRow: 1,
  firstDataRow: 2,
  frozenRows: 1,
  columns: [
    { column: 1, width: 150, numberFormat: 'yyyy-mm-dd hh:mm' },
    { column: 2, width: 260 },
    { column: 3, width: 110, numberFormat: DATE_FORMAT },
    { column: 4, width: 110, numberFormat: DATE_FORMAT },
    { column: 5, width: 220 },
  ],
};

export function slipHistoryHeader(): SheetCell[] {
  return [...SLIP_HISTORY_HEADERS];
}
