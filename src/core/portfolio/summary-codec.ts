// A summary as one property value, bounded. Open dated steps are kept earliest first (late
// ones first, then the coming weeks), each in full while there is room; the ones after that
// only as a count per date, so late counts stay exact on later days; and if even those do not
// fit, as one count and date range. Every total is counted before anything is cut.
import { addDays, calendarDaysBetween, isDateKey, type DateKey } from '../dates';
import type { Side } from '../plan';
import { cleanValue } from '../text';
import { utf8Length } from '../weekly-email';
import {
  failure,
  openEnvelope,
  readCount,
  readDateKey,
  readInstant,
  readText,
  requireInstant,
  type Decoded,
  type StoredRecord,
} from './decode';
import { registryKey } from './keys';
import {
  NAME_MAX,
  OWNER_MAX,
  TITLE_MAX,
  byDateThenRow,
  storedUrl,
  storedZone,
  type CustomerCommitment,
  type OpenStatus,
  type PortfolioStep,
  type PortfolioSummary,
  type StepsInRange,
  type StepsOnDate,
} from './summary';

export const SUMMARY_VERSION = 1;
/**
 * A summary's share of the user's 500 KB of properties (which other features use too): 50
 * deals take at most 200 KB. Well under the 9 KB a value may hold, and room for about 40
 * steps in full, more than a plan has in the eight weeks the portfolio shows.
 */
export const SUMMARY_MAX_BYTES = 4 * 1024;

export interface RegistryWrite {
  key: string;
  value: string;
}

const SIDE_CODES: Record<Side | '', string> = { Vendor: 'V', Prospect: 'P', Joint: 'J', '': '' };
const STATUS_CODES: Record<OpenStatus, string> = {
  'Not started': 'N',
  'In progress': 'I',
  Blocked: 'B',
};

/** [row, title, side, owner, date, status, needsSeller] */
type StepTuple = [number, string, string, string, string, string, 0 | 1];

/** Room kept for the `later` and `rest` fields, whose size is only known once steps are cut. */
const TAIL_RESERVE_BYTES = 128;

/** The summary's property: its key and a value of at most SUMMARY_MAX_BYTES UTF-8 bytes. */
export function encodeSummary(summary: PortfolioSummary): RegistryWrite {
  const { done, total, percent } = summary.progress;
  const c = summary.customerSide;
  const head = {
    v: SUMMARY_VERSION,
    customer: cleanValue(summary.customer, NAME_MAX),
    vendor: cleanValue(summary.vendor, NAME_MAX),
    url: storedUrl(summary.url),
    tz: storedZone(summary.timeZone),
    signature: readDateKey(summary.signatureDate),
    asOf: requireInstant(summary.asOf, 'The summary time'),
    customerEdit: readInstant(summary.lastCustomerEdit),
    progress: { done, total, percent },
    uncommitted: summary.uncommitted,
    customerSide: { steps: c.steps, committed: c.committed, noOwner: c.noOwner, noDate: c.noDate },
  };
  // Everything but the steps is bounded by the caps above, so it always leaves room for some.
  const room =
    SUMMARY_MAX_BYTES - utf8Length(JSON.stringify({ ...head, steps: [] })) - TAIL_RESERVE_BYTES;
  const ordered = [...summary.steps].sort(byDateThenRow);
  // Steps are cleaned and measured only while they could still fit: a plan of thousands of
  // steps keeps about a hundred in full, and cleaning the others would be wasted work.
  const tuples: StepTuple[] = [];
  const listBytes = [0];
  for (const step of ordered) {
    const tuple = tupleOf(step);
    const bytes =
      listBytes[tuples.length] + utf8Length(JSON.stringify(tuple)) + (tuples.length > 0 ? 1 : 0);
    if (bytes > room) break;
    tuples.push(tuple);
    listBytes.push(bytes);
  }
  const datesAfter = (k: number): StepsOnDate[] => countsFrom(ordered, k, summary.later);
  const kept = keptInFull(listBytes, (k) => countBytes(datesAfter(k)), room);
  const tail = encodeTail(datesAfter(kept), summary.rest, room - listBytes[kept]);
  const value = JSON.stringify({ ...head, steps: tuples.slice(0, kept), ...tail });
  if (utf8Length(value) > SUMMARY_MAX_BYTES) {
    throw new RangeError(`The deal summary came to ${utf8Length(value)} bytes, over its limit.`);
  }
  return { key: registryKey(summary.spreadsheetId, 'summary'), value };
}

function tupleOf(step: PortfolioStep): StepTuple {
  return [
    step.row,
    cleanValue(step.title, TITLE_MAX),
    SIDE_CODES[step.side],
    cleanValue(step.owner, OWNER_MAX),
    step.date,
    STATUS_CODES[step.status],
    step.needsSeller ? 1 : 0,
  ];
}

/**
 * How many steps to keep in full: as many as fit beside the per-date counts of the others, so
 * late counts stay exact on every later day. Moving a step from the counts to the list adds a
 * tuple (30 bytes or more) and removes at most one date's pair (under 20), so the total grows
 * with k and the largest k that fits is found by bisection. When even the counts alone do not
 * fit (hundreds of distinct dates), half the room goes to steps in full and the counts are cut.
 */
function keptInFull(
  listBytes: readonly number[],
  countsBytes: (k: number) => number,
  room: number,
): number {
  const fits = (k: number): boolean => listBytes[k] + countsBytes(k) <= room;
  if (!fits(0)) {
    let k = 0;
    while (k + 1 < listBytes.length && listBytes[k + 1] <= room / 2) k++;
    return k;
  }
  let lo = 0;
  let hi = listBytes.length - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Bytes of one date's pair in `later`: days after the previous date, steps, two commas. */
function pairBytes(delta: number, count: number): number {
  return String(delta).length + String(count).length + 2;
}

function countBytes(dates: readonly StepsOnDate[]): number {
  let bytes = 0;
  for (let i = 0; i < dates.length; i++) {
    const delta = i === 0 ? 0 : calendarDaysBetween(dates[i - 1].date, dates[i].date);
    bytes += pairBytes(delta, dates[i].count);
  }
  return bytes;
}

/** Steps from the k-th of a date-ordered list, with `later` counts, as counts per date. */
function countsFrom(
  ordered: readonly PortfolioStep[],
  k: number,
  later: readonly StepsOnDate[],
): StepsOnDate[] {
  const counts: StepsOnDate[] = [];
  for (let i = k; i < ordered.length; i++) {
    const last = counts[counts.length - 1];
    if (last !== undefined && last.date === ordered[i].date) last.count++;
    else counts.push({ date: ordered[i].date, count: 1 });
  }
  return later.length === 0 ? counts : countsByDate([...counts, ...later]);
}

function countsByDate(entries: readonly StepsOnDate[]): StepsOnDate[] {
  const counts = new Map<DateKey, number>();
  for (const { date, count } of entries) counts.set(date, (counts.get(date) ?? 0) + count);
  return [...counts]
    .map(([date, count]) => ({ date, count }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

interface EncodedTail {
  /** [first date, [days after the previous date, steps on that date, ...]] */
  later?: [DateKey, number[]];
  rest?: [number, DateKey, DateKey];
}

function encodeTail(
  dates: readonly StepsOnDate[],
  rest: StepsInRange | null,
  room: number,
): EncodedTail {
  const tail: EncodedTail = {};
  const days: number[] = [];
  let previous: DateKey | null = null;
  let shown = 0;
  for (const { date, count } of dates) {
    const delta: number = previous === null ? 0 : calendarDaysBetween(previous, date);
    const cost = pairBytes(delta, count);
    if (cost > room) break;
    days.push(delta, count);
    room -= cost;
    previous = date;
    shown++;
  }
  if (shown > 0) tail.later = [dates[0].date, days];
  const left = dates.slice(shown);
  let merged: StepsInRange | null = rest;
  for (const { date, count } of left) {
    merged =
      merged === null
        ? { count, from: date, to: date }
        : {
            count: merged.count + count,
            from: date < merged.from ? date : merged.from,
            to: date > merged.to ? date : merged.to,
          };
  }
  if (merged !== null) tail.rest = [merged.count, merged.from, merged.to];
  return tail;
}

/** The summary stored under `spreadsheetId`, or why it cannot be used. Never throws. */
export function decodeSummary(spreadsheetId: string, text: string): Decoded<PortfolioSummary> {
  const envelope = openEnvelope(text, SUMMARY_VERSION);
  if (!envelope.ok) return envelope;
  try {
    return readSummary(spreadsheetId, envelope.value);
  } catch {
    // A date arithmetic RangeError from absurd stored numbers: the value is malformed.
    return failure('is not readable (a date in it is out of range)');
  }
}

function readSummary(spreadsheetId: string, r: StoredRecord): Decoded<PortfolioSummary> {
  const asOf = readInstant(r.asOf);
  if (asOf === null) return failure('is not readable (no time it was made)');
  const progress = readProgress(r.progress);
  const customerSide = readCommitment(r.customerSide);
  const uncommitted = readCount(r.uncommitted);
  if (progress === null || customerSide === null || uncommitted === null) {
    return failure('is not readable (its counts are malformed)');
  }
  if (!Array.isArray(r.steps)) return failure('is not readable (no step list)');
  const steps: PortfolioStep[] = [];
  for (const raw of r.steps) {
    const step = readStep(raw);
    if (step === null) return failure(`is not readable (step ${steps.length + 1} is malformed)`);
    steps.push(step);
  }
  const later = r.later === undefined ? [] : readLater(r.later);
  const rest = r.rest === undefined ? null : readRest(r.rest);
  if (later === null || rest === undefined) {
    return failure('is not readable (its later steps are malformed)');
  }
  return {
    ok: true,
    value: {
      spreadsheetId,
      url: storedUrl(r.url),
      timeZone: storedZone(r.tz),
      customer: readText(r.customer, NAME_MAX) ?? '',
      vendor: readText(r.vendor, NAME_MAX) ?? '',
      signatureDate: readDateKey(r.signature),
      asOf,
      lastCustomerEdit: readInstant(r.customerEdit),
      progress,
      uncommitted,
      customerSide,
      steps: steps.sort(byDateThenRow),
      later,
      rest,
    },
  };
}

const SIDES_BY_CODE: Record<string, Side | ''> = { V: 'Vendor', P: 'Prospect', J: 'Joint', '': '' };
const STATUSES_BY_CODE: Record<string, OpenStatus> = {
  N: 'Not started',
  I: 'In progress',
  B: 'Blocked',
};

function readStep(raw: unknown): PortfolioStep | null {
  if (!Array.isArray(raw) || raw.length !== 7) return null;
  const [row, title, side, owner, date, status, needsSeller] = raw as unknown[];
  if (readCount(row) === null || !isDateKey(date)) return null;
  if (typeof side !== 'string' || !(side in SIDES_BY_CODE)) return null;
  if (typeof status !== 'string' || !(status in STATUSES_BY_CODE)) return null;
  const titleText = readText(title, TITLE_MAX);
  const ownerText = readText(owner, OWNER_MAX);
  if (titleText === null || ownerText === null) return null;
  return {
    row: row as number,
    title: titleText,
    side: SIDES_BY_CODE[side],
    owner: ownerText,
    date,
    status: STATUSES_BY_CODE[status],
    needsSeller: needsSeller === 1,
  };
}

function readProgress(raw: unknown): PortfolioSummary['progress'] | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const p = raw as StoredRecord;
  const done = readCount(p.done);
  const total = readCount(p.total);
  const percent = readCount(p.percent);
  if (done === null || total === null || percent === null || done > total || percent > 100) {
    return null;
  }
  return { done, total, percent };
}

function readCommitment(raw: unknown): CustomerCommitment | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const c = raw as StoredRecord;
  const steps = readCount(c.steps);
  const committed = readCount(c.committed);
  const noOwner = readCount(c.noOwner);
  const noDate = readCount(c.noDate);
  if (steps === null || committed === null || noOwner === null || noDate === null) return null;
  if (committed > steps || noOwner > steps || noDate > steps) return null;
  return { steps, committed, noOwner, noDate };
}

function readLater(raw: unknown): StepsOnDate[] | null {
  if (!Array.isArray(raw) || raw.length !== 2 || !isDateKey(raw[0]) || !Array.isArray(raw[1])) {
    return null;
  }
  const days = raw[1] as unknown[];
  if (days.length % 2 !== 0) return null;
  const later: StepsOnDate[] = [];
  let date: DateKey = raw[0];
  for (let i = 0; i < days.length; i += 2) {
    const delta = readCount(days[i]);
    const count = readCount(days[i + 1]);
    if (delta === null || count === null || count === 0) return null;
    date = addDays(date, delta);
    later.push({ date, count });
  }
  return later;
}

/** The range, null when absent, undefined when malformed. */
function readRest(raw: unknown): StepsInRange | undefined {
  if (!Array.isArray(raw) || raw.length !== 3) return undefined;
  const count = readCount(raw[0]);
  const from = readDateKey(raw[1]);
  const to = readDateKey(raw[2]);
  if (count === null || count === 0 || from === null || to === null || from > to) return undefined;
  return { count, from, to };
}
