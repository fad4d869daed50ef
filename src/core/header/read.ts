// Reading the header block by its labels.
import { cellText, readDateCell, unreadableDateMessage } from '../cells';
import type { DateKey, PlanHeader, RowWarning } from '../model';
import { normalizeLabel } from '../table/normalize';
import { DEFAULT_SCAN_ROWS, type Origin } from '../table/locate';
import { HEADER_FIELDS, type HeaderField, type HeaderFieldKey } from './fields';

export interface ReadHeaderOptions {
  origin?: Origin;
  displayValues?: readonly (readonly string[])[];
  /**
   * The step table's heading row: labels are looked for above it only, so a step that happens
   * to be called "Goal" is never taken for the header.
   */
  beforeRow?: number;
  scanRows?: number;
}

export interface HeaderRead {
  header: PlanHeader;
  /** 1-based sheet position of each field's VALUE cell, for the fields whose label was found. */
  cells: Partial<Record<HeaderFieldKey, { row: number; column: number }>>;
  warnings: RowWarning[];
}

const BY_LABEL = new Map<string, HeaderField>();
for (const field of HEADER_FIELDS) {
  for (const label of [field.label, ...field.aliases]) {
    const key = normalizeLabel(label);
    if (!BY_LABEL.has(key)) BY_LABEL.set(key, field);
  }
}

export function readHeader(
  values: readonly (readonly unknown[])[],
  timeZone: string,
  options: ReadHeaderOptions = {},
): HeaderRead {
  const origin = options.origin ?? { row: 1, column: 1 };
  const limit = Math.min(
    values.length,
    options.scanRows ?? DEFAULT_SCAN_ROWS,
    options.beforeRow === undefined ? Infinity : options.beforeRow - origin.row,
  );
  const header: PlanHeader = {
    customer: '',
    vendor: '',
    goal: '',
    signatureDate: null,
    goLiveDate: null,
    baselineSignatureDate: null,
    owner: '',
  };
  const cells: HeaderRead['cells'] = {};
  const warnings: RowWarning[] = [];

  for (let r = 0; r < limit; r++) {
    const row = values[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const label = row[c];
      if (typeof label !== 'string') continue;
      const field = BY_LABEL.get(normalizeLabel(label));
      // The first label wins: a lower cell repeating "Customer" is the user's, not ours.
      if (!field || cells[field.key]) continue;
      cells[field.key] = { row: origin.row + r, column: origin.column + c + 1 };
      const value = row[c + 1];
      const display = options.displayValues?.[r]?.[c + 1];
      if (field.kind === 'text') {
        header[field.key as 'customer' | 'vendor' | 'goal' | 'owner'] = cellText(
          value,
          display,
          timeZone,
        );
      } else if (field.kind === 'date') {
        const cell = readDateCell(value, display, timeZone);
        const message = unreadableDateMessage(field.label, cell);
        if (message) warnings.push({ row: origin.row + r, message });
        const date: DateKey | null = cell.kind === 'date' ? cell.date : null;
        header[field.key as 'signatureDate' | 'baselineSignatureDate' | 'goLiveDate'] = date;
      }
    }
  }
  return { header, cells, warnings };
}
