// What every facade object shares: the workbook it shows, and who is acting.
import type { Workbook } from '../workbook';

export interface SpreadsheetContext {
  /** The email of the user the script runs as (protections are checked against it). */
  user(): string;
  getUi(): GoogleAppsScript.Base.Ui;
  /** Another file by id (SpreadsheetApp.openById); absent where only one workbook exists. */
  fileById?(id: string): Workbook | undefined;
}

export interface Env {
  book: Workbook;
  ctx: SpreadsheetContext;
}

/**
 * Facade objects passed back into the facade (a Range given to a rule builder, a rule given to
 * setDataValidation) are recognised by this symbol-keyed property, which survives wrappers
 * that forward symbol keys.
 */
export const MODEL = Symbol.for('map-emulator.spreadsheet.model');

/** The internal record behind a facade object, or undefined for anything else. */
export function modelOf<T>(obj: unknown, kind: string): T | undefined {
  if (obj === null || typeof obj !== 'object') return undefined;
  const m = (obj as Record<symbol, unknown>)[MODEL] as { kind: string; value: T } | undefined;
  return m && m.kind === kind ? m.value : undefined;
}

/** Apps Script's complaint when an argument has the wrong type. */
export function badArguments(method: string, types: string): Error {
  return new Error(`The parameters (${types}) don't match the method signature for ${method}.`);
}

export function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'number[]';
  if (Object.prototype.toString.call(v) === '[object Date]') return 'Date';
  const t = typeof v;
  return t === 'string'
    ? 'String'
    : t === 'number'
      ? 'number'
      : t === 'boolean'
        ? 'Boolean'
        : 'Object';
}
