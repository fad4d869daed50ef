// Text typed into a cell, read the way Google Sheets reads it in the en_US locale: a leading
// apostrophe keeps text as text, a leading '=' makes a formula, and numbers, percentages,
// currency, booleans, dates, times and date-times become values with a matching number format.

export type TypedValue =
  | { kind: 'blank' }
  | { kind: 'formula'; formula: string }
  | { kind: 'text'; text: string }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'number'; value: number; format?: string }
  | { kind: 'date'; serial: number; format: string };

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

function monthIndex(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return undefined;
  const i = MONTHS.findIndex((m) => m === w || (w.length === 3 && m.startsWith(w)));
  if (i >= 0) return i + 1;
  return w === 'sept' ? 9 : undefined;
}

const EPOCH = Date.UTC(1899, 11, 30);

function dateSerial(year: number, month: number, day: number): number | undefined {
  if (month < 1 || month > 12 || day < 1) return undefined;
  const ms = Date.UTC(year, month - 1, day);
  const d = new Date(ms);
  // Date.UTC maps years 0-99 to 1900-1999; the day check below still holds for the result.
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  return Math.round((ms - EPOCH) / 86_400_000);
}

function fullYear(text: string): number {
  const y = Number(text);
  if (text.length > 2) return y;
  // Two-digit years: 00-29 are this century, 30-99 the last, as Sheets reads them.
  return y < 30 ? 2000 + y : 1900 + y;
}

interface TimePart {
  fraction: number;
  format: string;
}

const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?\s*([ap]\.?m\.?)?$/i;

function parseTime(text: string): TimePart | undefined {
  const m = TIME.exec(text.trim());
  if (!m) return undefined;
  let hours = Number(m[1]);
  const minutes = Number(m[2]);
  const seconds = m[3] === undefined ? 0 : Number(m[3]);
  const ms = m[4] === undefined ? 0 : Number(m[4].padEnd(3, '0'));
  const ampm = m[5]?.toLowerCase().replace(/\./g, '');
  if (minutes > 59 || seconds > 59) return undefined;
  if (ampm !== undefined) {
    if (hours < 1 || hours > 12) return undefined;
    hours = (hours % 12) + (ampm === 'pm' ? 12 : 0);
  } else if (hours > 23) return undefined;
  const withSeconds = m[3] !== undefined;
  const format = ampm
    ? withSeconds
      ? 'h:mm:ss am/pm'
      : 'h:mm am/pm'
    : withSeconds
      ? 'H:mm:ss'
      : 'H:mm';
  return { fraction: (((hours * 60 + minutes) * 60 + seconds) * 1000 + ms) / 86_400_000, format };
}

interface DatePart {
  serial: number;
  format: string;
}

function parseDateOnly(text: string, currentYear: number): DatePart | undefined {
  let m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(text);
  if (m) {
    const serial = dateSerial(Number(m[1]), Number(m[2]), Number(m[3]));
    return serial === undefined ? undefined : { serial, format: 'yyyy-mm-dd' };
  }
  m = /^(\d{1,2})([-/])(\d{1,2})(?:\2(\d{4}|\d{2}))?$/.exec(text);
  if (m) {
    const year = m[4] === undefined ? currentYear : fullYear(m[4]);
    const serial = dateSerial(year, Number(m[1]), Number(m[3]));
    return serial === undefined ? undefined : { serial, format: DEFAULT_TYPED_DATE };
  }
  // 'Dec 10 2026', 'Dec 10, 2026', 'December 10, 2026'
  m = /^([A-Za-z]+\.?)\s+(\d{1,2})(,?)\s+(\d{4})$/.exec(text);
  if (m) {
    const month = monthIndex(m[1]);
    if (month === undefined) return undefined;
    const serial = dateSerial(Number(m[4]), month, Number(m[2]));
    const mon = m[1].replace(/\.$/, '').length > 3 ? 'mmmm' : 'mmm';
    return serial === undefined ? undefined : { serial, format: `${mon} d${m[3]} yyyy` };
  }
  // '10 Dec 2026', '10-Dec-2026', '10 December 2026'
  m = /^(\d{1,2})([\s-]+)([A-Za-z]+\.?)\2(\d{4})$/.exec(text);
  if (m) {
    const month = monthIndex(m[3]);
    if (month === undefined) return undefined;
    const serial = dateSerial(Number(m[4]), month, Number(m[1]));
    const sep = m[2].includes('-') ? '-' : ' ';
    const mon = m[3].replace(/\.$/, '').length > 3 ? 'mmmm' : 'mmm';
    return serial === undefined ? undefined : { serial, format: `d${sep}${mon}${sep}yyyy` };
  }
  return undefined;
}

const DEFAULT_TYPED_DATE = 'M/d/yyyy';

function parseDateTime(text: string, currentYear: number): DatePart | undefined {
  const date = parseDateOnly(text, currentYear);
  if (date) return date;
  // A date, then 'T' or spaces, then a time.
  const m = /^(.+?)(?:T|\s+)(\d{1,2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:\s*[ap]\.?m\.?)?)$/i.exec(
    text,
  );
  if (m) {
    const d = parseDateOnly(m[1].trim(), currentYear);
    const t = parseTime(m[2]);
    if (d && t) {
      const timeFormat = t.format.includes('am/pm') ? t.format : 'H:mm:ss';
      return { serial: d.serial + t.fraction, format: `${d.format} ${timeFormat}` };
    }
  }
  const t = parseTime(text);
  if (t) return { serial: t.fraction, format: t.format };
  return undefined;
}

const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

function parseNumber(text: string): { value: number; format?: string } | undefined {
  let t = text;
  let percent = false;
  let currency = false;
  let negative = false;
  if (t.endsWith('%')) {
    percent = true;
    t = t.slice(0, -1).trim();
  }
  if (/^[+-]?\$/.test(t)) {
    currency = true;
    negative = t.startsWith('-');
    t = t.replace(/^[+-]?\$\s*/, '');
  }
  if (!NUMBER.test(t) || !/\d/.test(t)) return undefined;
  if (currency && /^[+-]/.test(t)) return undefined;
  let value = Number(t.replace(/,/g, ''));
  if (negative) value = -value;
  if (percent) {
    const decimals = /\.(\d+)/.exec(t)?.[1].length ?? 0;
    return { value: value / 100, format: decimals > 0 ? '0.00%' : '0%' };
  }
  if (currency) return { value, format: '"$"#,##0.00' };
  if (t.includes(',')) return { value, format: '#,##0' };
  return { value };
}

/**
 * Reads typed text. `currentYear` is the year "today" in the spreadsheet's zone, used for
 * dates typed without a year ('12/10').
 */
export function parseTypedInput(input: string, currentYear: number): TypedValue {
  if (input === '') return { kind: 'blank' };
  if (input.startsWith("'")) return { kind: 'text', text: input.slice(1) };
  if (input.startsWith('=') && input.length > 1) return { kind: 'formula', formula: input };
  const trimmed = input.trim();
  if (trimmed === '') return { kind: 'text', text: input };
  const lower = trimmed.toLowerCase();
  if (lower === 'true' || lower === 'false') return { kind: 'boolean', value: lower === 'true' };
  const number = parseNumber(trimmed);
  if (number) return { kind: 'number', ...number };
  const date = parseDateTime(trimmed, currentYear);
  if (date) return { kind: 'date', serial: date.serial, format: date.format };
  return { kind: 'text', text: input };
}
