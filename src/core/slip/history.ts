// One row of the slip history tab, in the column order layout/slip-history-table.ts writes.
import { dateCellOf, type SheetCell } from '../layout/cell';
import { SLIP_HISTORY_HEADERS } from '../layout/slip-history-table';
import type { DateKey } from '../model';

export interface SlipHistoryInput {
  /** When the change was seen (epoch ms), shown in the spreadsheet's time zone. */
  when: number;
  step: string;
  oldDate: DateKey | null;
  newDate: DateKey | null;
  /**
   * What the cell holds instead of a new date ('next week', '04.03.2024'): written as typed,
   * so the history shows what replaced the date rather than a blank that reads as "cleared".
   */
  newText?: string;
  /** The editor's address when Apps Script tells us; blank otherwise (it often cannot). */
  who?: string | null;
}

export function slipHistoryEntry(input: SlipHistoryInput): SheetCell[] {
  if (!Number.isFinite(input.when)) throw new RangeError('A history entry needs a real moment');
  const cells: Record<(typeof SLIP_HISTORY_HEADERS)[number], SheetCell> = {
    When: { instant: input.when },
    Step: input.step,
    'Old date': dateCellOf(input.oldDate),
    'New date': input.newDate === null && input.newText ? input.newText : dateCellOf(input.newDate),
    Who: input.who ?? '',
  };
  return SLIP_HISTORY_HEADERS.map((header) => cells[header]);
}
