// Sheets number formats: which ones make a cell a date, and how a value is displayed under one.
// Covers the patterns a plan sheet uses (dates, percentages, fixed decimals, plain text, simple
// currency and sections); exotic features (fractions, [h] elapsed time, colours) are not modelled.

export const GENERAL = 'General';
export const PLAIN_TEXT = '@';
/** What Sheets gives a cell that receives a date with no date format of its own. */
export const DEFAULT_DATE = 'M/d/yyyy';
export const DEFAULT_DATETIME = 'M/d/yyyy H:mm:ss';
export const DEFAULT_TIME = 'h:mm:ss am/pm';

type Token =
  | { kind: 'literal'; text: string }
  | { kind: 'date'; text: string }
  | { kind: 'ampm'; text: string };

const DATE_TOKEN = /^(yyyy|yy|y|mmmmm|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s|am\/pm|a\/p)/i;

function tokenizeDate(format: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < format.length) {
    const ch = format[i];
    if (ch === '"') {
      const end = format.indexOf('"', i + 1);
      const stop = end < 0 ? format.length : end;
      tokens.push({ kind: 'literal', text: format.slice(i + 1, stop) });
      i = stop + 1;
      continue;
    }
    if (ch === '\\') {
      tokens.push({ kind: 'literal', text: format[i + 1] ?? '' });
      i += 2;
      continue;
    }
    const m = DATE_TOKEN.exec(format.slice(i));
    if (m) {
      const text = m[1];
      const lower = text.toLowerCase();
      if (lower === 'am/pm' || lower === 'a/p') tokens.push({ kind: 'ampm', text });
      else tokens.push({ kind: 'date', text: lower });
      i += text.length;
      continue;
    }
    // Fractional seconds: '.000' right after seconds.
    if (ch === '.' && /^\.0+/.test(format.slice(i))) {
      const zeros = /^\.(0+)/.exec(format.slice(i))![1];
      tokens.push({ kind: 'date', text: `.${zeros}` });
      i += 1 + zeros.length;
      continue;
    }
    tokens.push({ kind: 'literal', text: ch });
    i += 1;
  }
  return tokens;
}

function stripQuoted(format: string): string {
  return format.replace(/"[^"]*"/g, '').replace(/\\./g, '');
}

const formatKinds = new Map<string, 'date' | 'number' | 'text' | 'general'>();

function kindOf(format: string | undefined): 'date' | 'number' | 'text' | 'general' {
  if (format === undefined || format === '' || format.toLowerCase() === 'general') {
    return 'general';
  }
  let kind = formatKinds.get(format);
  if (kind === undefined) {
    const bare = stripQuoted(format.split(';')[0]);
    if (bare.trim() === '@') kind = 'text';
    else if (/[ydhs]|am\/pm|a\/p|m/i.test(bare.replace(/\[[^\]]*\]/g, ''))) kind = 'date';
    else kind = 'number';
    formatKinds.set(format, kind);
  }
  return kind;
}

/** True when values under this format read back as Dates (date, time or date-time patterns). */
export function isDateFormat(format: string | undefined): boolean {
  return kindOf(format) === 'date';
}

export function isTextFormat(format: string | undefined): boolean {
  return kindOf(format) === 'text';
}

export function isGeneralFormat(format: string | undefined): boolean {
  return kindOf(format) === 'general';
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const MS_PER_DAY = 86_400_000;
const EPOCH = Date.UTC(1899, 11, 30);

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** Formats a serial number with a date/time pattern (the serial is already wall-clock). */
export function formatDateSerial(serial: number, format: string): string {
  const d = new Date(EPOCH + Math.round(serial * MS_PER_DAY));
  const tokens = tokenizeDate(format.split(';')[0]);
  const hasAmPm = tokens.some((t) => t.kind === 'ampm');
  const dateTokens = tokens.filter((t) => t.kind === 'date');
  let out = '';
  for (const t of tokens) {
    if (t.kind === 'literal') {
      out += t.text;
      continue;
    }
    const hours = d.getUTCHours();
    if (t.kind === 'ampm') {
      const pm = hours >= 12;
      const lower = t.text.toLowerCase();
      const word = lower === 'a/p' ? (pm ? 'p' : 'a') : pm ? 'pm' : 'am';
      out += t.text[0] === t.text[0].toUpperCase() ? word.toUpperCase() : word;
      continue;
    }
    const idx = dateTokens.indexOf(t);
    switch (t.text) {
      case 'yyyy':
      case 'y':
        out += pad(d.getUTCFullYear(), 4);
        break;
      case 'yy':
        out += pad(d.getUTCFullYear() % 100, 2);
        break;
      case 'd':
        out += String(d.getUTCDate());
        break;
      case 'dd':
        out += pad(d.getUTCDate(), 2);
        break;
      case 'ddd':
        out += DAYS[d.getUTCDay()].slice(0, 3);
        break;
      case 'dddd':
        out += DAYS[d.getUTCDay()];
        break;
      case 'mmmmm':
        out += MONTHS[d.getUTCMonth()][0];
        break;
      case 'mmmm':
        out += MONTHS[d.getUTCMonth()];
        break;
      case 'mmm':
        out += MONTHS[d.getUTCMonth()].slice(0, 3);
        break;
      case 'm':
      case 'mm': {
        // 'm' is minutes right after an hour or right before seconds, else the month.
        const prev = dateTokens[idx - 1]?.text;
        const next = dateTokens[idx + 1]?.text;
        const minutes = prev === 'h' || prev === 'hh' || next === 's' || next === 'ss';
        const n = minutes ? d.getUTCMinutes() : d.getUTCMonth() + 1;
        out += t.text === 'mm' ? pad(n, 2) : String(n);
        break;
      }
      case 'h':
      case 'hh': {
        const h = hasAmPm ? ((hours + 11) % 12) + 1 : hours;
        out += t.text === 'hh' ? pad(h, 2) : String(h);
        break;
      }
      case 's':
        out += String(d.getUTCSeconds());
        break;
      case 'ss':
        out += pad(d.getUTCSeconds(), 2);
        break;
      default:
        if (t.text.startsWith('.')) {
          const digits = t.text.length - 1;
          out += '.' + pad(d.getUTCMilliseconds(), 3).slice(0, digits).padEnd(digits, '0');
        }
    }
  }
  return out;
}

function splitSections(format: string): string[] {
  const sections: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '"') quoted = !quoted;
    if (ch === '\\' && !quoted) {
      cur += ch + (format[i + 1] ?? '');
      i += 1;
      continue;
    }
    if (ch === ';' && !quoted) {
      sections.push(cur);
      cur = '';
      continue;
    }
    cur += ch;
  }
  sections.push(cur);
  return sections;
}

function roundHalfAway(x: number, decimals: number): number {
  const f = 10 ** decimals;
  return (Math.sign(x) * Math.round(Math.abs(x) * f * (1 + Number.EPSILON))) / f;
}

function groupThousands(intDigits: string): string {
  return intDigits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Formats a non-negative number with one section of a numeric pattern. */
function formatNumberSection(value: number, section: string): string {
  // Split the section into literal prefix, numeric placeholder block and literal suffix.
  let prefix = '';
  let suffix = '';
  let block = '';
  let percent = false;
  let i = 0;
  let inBlock = false;
  let afterBlock = false;
  while (i < section.length) {
    const ch = section[i];
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      const text = section.slice(i + 1, end < 0 ? section.length : end);
      if (inBlock || afterBlock) {
        afterBlock = true;
        inBlock = false;
        suffix += text;
      } else prefix += text;
      i = end < 0 ? section.length : end + 1;
      continue;
    }
    if (ch === '\\') {
      const text = section[i + 1] ?? '';
      if (inBlock || afterBlock) {
        afterBlock = true;
        inBlock = false;
        suffix += text;
      } else prefix += text;
      i += 2;
      continue;
    }
    if (/[0#?.,]/.test(ch) && !afterBlock) {
      inBlock = true;
      block += ch;
      i += 1;
      continue;
    }
    if (ch === '%') percent = true;
    if (ch === '_' || ch === '*') {
      // Padding directives: skip the character they apply to.
      i += 2;
      continue;
    }
    if (inBlock) {
      inBlock = false;
      afterBlock = true;
    }
    if (afterBlock) suffix += ch;
    else prefix += ch;
    i += 1;
  }
  const scaled = percent ? value * 100 : value;
  const [intPart, fracPart = ''] = block.split('.');
  const minInt = (intPart.match(/0/g) ?? []).length;
  const minFrac = (fracPart.match(/0/g) ?? []).length;
  const maxFrac = (fracPart.match(/[0#?]/g) ?? []).length;
  const grouped = intPart.includes(',');
  const rounded = roundHalfAway(scaled, maxFrac);
  let [ints, fracs = ''] = rounded.toFixed(maxFrac).split('.');
  while (fracs.length > minFrac && fracs.endsWith('0')) fracs = fracs.slice(0, -1);
  if (ints === '0' && minInt === 0) ints = '';
  ints = ints.padStart(minInt, '0');
  if (grouped) ints = groupThousands(ints);
  const number =
    fracs.length > 0 || (block.includes('.') && minFrac > 0) ? `${ints}.${fracs}` : ints;
  return `${prefix}${block === '' ? '' : number}${suffix}`;
}

/** Sheets' "automatic" display of a number: up to 10 significant digits. */
export function formatGeneralNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return String(value);
  const abs = Math.abs(value);
  if (abs >= 1e15 || (abs !== 0 && abs < 1e-9)) {
    const [mant, exp] = value.toExponential(5).split('e');
    const m = mant.replace(/\.?0+$/, '');
    const e = Number(exp);
    return `${m}E${e < 0 ? '-' : '+'}${pad(Math.abs(e), 2)}`;
  }
  return String(Number(value.toPrecision(10)));
}

/** Formats a number with a numeric pattern (sections: positive;negative;zero). */
export function formatNumber(value: number, format: string): string {
  const sections = splitSections(format);
  if (value < 0 && sections.length >= 2) return formatNumberSection(-value, sections[1]);
  if (value === 0 && sections.length >= 3) return formatNumberSection(0, sections[2]);
  const text = formatNumberSection(Math.abs(value), sections[0]);
  const shown = roundHalfAway(Math.abs(value), 10) !== 0 && /[1-9]/.test(text);
  return value < 0 && shown ? `-${text}` : text;
}

/** Formats text under a pattern: only a text section ('@' with literals) changes it. */
function formatText(value: string, format: string | undefined): string {
  if (format === undefined) return value;
  const sections = splitSections(format);
  const textSection = sections.length >= 4 ? sections[3] : sections.find((s) => s.includes('@'));
  if (textSection === undefined) return value;
  return textSection.replace(/"([^"]*)"/g, '$1').replace('@', value);
}

/** A cell value as Sheets shows it (getDisplayValue). Serials are wall-clock in the sheet's zone. */
export function formatCellValue(
  value: number | string | boolean | null,
  format: string | undefined,
): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return formatText(value, format);
  switch (kindOf(format)) {
    case 'date':
      return formatDateSerial(value, format!);
    case 'number':
      return formatNumber(value, format!);
    case 'text':
    case 'general':
      return formatGeneralNumber(value);
  }
}
