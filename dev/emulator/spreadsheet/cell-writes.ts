// What a written value becomes in a cell, and what happens to the cell's number format: the
// rules Sheets applies to Range.setValue(s) from a script and to text a user types.
import type { CellInput } from './sheet-model';
import {
  DEFAULT_DATE,
  DEFAULT_DATETIME,
  isDateFormat,
  isGeneralFormat,
  isTextFormat,
} from './number-format';
import { parseTypedInput } from './typed-input';

export interface CellWrite {
  input: CellInput;
  /** The cell's number format after the write (undefined: General). */
  format: string | undefined;
}

export function isDateLike(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

/** Epoch ms of a Date from any realm. */
export function timeOf(d: Date): number {
  return Date.prototype.getTime.call(d);
}

/** A number stored under a date format is sent as a date so formulas infer date results. */
function numberUnder(value: number, format: string | undefined): CellWrite {
  return { input: isDateFormat(format) ? { serial: value } : value, format };
}

/** Text typed by a user (or a string written by a script), read as Sheets reads it. */
export function writeFromText(text: string, format: string | undefined, year: number): CellWrite {
  // Plain-text cells keep what was typed, even '=' or digits.
  if (isTextFormat(format)) return { input: text === '' ? null : { text }, format };
  const typed = parseTypedInput(text, year);
  switch (typed.kind) {
    case 'blank':
      return { input: null, format };
    case 'formula':
      return { input: { formula: typed.formula }, format };
    case 'text':
      return { input: { text: typed.text }, format };
    case 'boolean':
      return { input: typed.value, format };
    case 'number':
      if (typed.format !== undefined && (isGeneralFormat(format) || isDateFormat(format))) {
        return { input: typed.value, format: typed.format };
      }
      return numberUnder(typed.value, format);
    case 'date':
      return {
        input: { serial: typed.serial },
        format: isDateFormat(format) ? format : typed.format,
      };
  }
}

/** A value a script passes to setValue(s). `toSerial` converts an instant in the sheet's zone. */
export function writeFromScript(
  value: unknown,
  format: string | undefined,
  year: number,
  toSerial: (instant: number) => number,
): CellWrite {
  if (value === null || value === undefined) return { input: null, format };
  if (typeof value === 'number') return numberUnder(value, format);
  if (typeof value === 'boolean') return { input: value, format };
  if (isDateLike(value)) {
    const t = timeOf(value);
    if (Number.isNaN(t)) return { input: { text: 'Invalid Date' }, format };
    const serial = toSerial(t);
    if (isDateFormat(format)) return { input: { serial }, format };
    return {
      input: { serial },
      format: Number.isInteger(serial) ? DEFAULT_DATE : DEFAULT_DATETIME,
    };
  }
  if (typeof value === 'string') return writeFromText(value, format, year);
  return writeFromText(String(value), format, year);
}
