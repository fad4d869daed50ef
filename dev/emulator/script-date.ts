// Inside Apps Script, `new Date()` is the platform's clock and Date's local-time methods use the
// SCRIPT's time zone (appsscript.json), not the server's. A node:vm context shares the process's
// TZ, so this replaces the context's Date with one that reads the emulator's clock and does every
// local-time computation in the script's zone — whatever TZ the host process runs in.
import { fromWallClock, type WallClock } from './timezone';
import { zone } from './zone';

type AnyFn = (...args: unknown[]) => unknown;

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Strings Date.parse reads as local time: no 'Z', no offset, no zone name, not date-only ISO. */
function isZoneless(text: string): boolean {
  const t = text.trim();
  if (/^[+-]?\d{4,6}-\d{2}(-\d{2})?$/.test(t) || /^\d{4}$/.test(t)) return false;
  return !/(Z|[+-]\d{2}:?\d{2}|\b(GMT|UTC|UT|[ECMP][SD]T)\b)(\s*\([^)]*\))?$/i.test(t);
}

/** Wall clock -> instant, letting out-of-range fields roll over the way Date's setters do. */
function normalizedToInstant(fields: WallClock, timeZone: string): number {
  const naive = Date.UTC(
    fields.year,
    fields.month - 1,
    fields.day,
    fields.hour,
    fields.minute,
    fields.second,
    fields.millisecond,
  );
  if (Number.isNaN(naive)) return NaN;
  const d = new Date(naive);
  return fromWallClock(
    {
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      day: d.getUTCDate(),
      hour: d.getUTCHours(),
      minute: d.getUTCMinutes(),
      second: d.getUTCSeconds(),
      millisecond: d.getUTCMilliseconds(),
    },
    timeZone,
  );
}

export interface ContextGlobal {
  Date: DateConstructor;
}

/**
 * Replaces `global.Date` (a vm context's) with the script-time-zone, virtual-clock Date.
 * Returns the new constructor, which is what code in the context sees as `Date`.
 */
export function installScriptDate(
  global: ContextGlobal,
  timeZone: string,
  now: () => number,
): DateConstructor {
  const NativeDate = global.Date;
  const proto = NativeDate.prototype as unknown as Record<string, AnyFn>;
  const nativeGetTime = proto.getTime;
  const nativeSetTime = proto.setTime;
  const nativeToLocale = {
    toLocaleString: proto.toLocaleString,
    toLocaleDateString: proto.toLocaleDateString,
    toLocaleTimeString: proto.toLocaleTimeString,
  };
  const z = zone(timeZone);
  const timeOf = (d: unknown): number => nativeGetTime.call(d) as number;

  function parse(text: unknown): number {
    const s = String(text);
    const native = Date.parse(s);
    if (Number.isNaN(native) || !isZoneless(s)) return native;
    // The host parsed it in the process's zone; re-read the same wall clock in the script's.
    const h = new Date(native);
    return fromWallClock(
      {
        year: h.getFullYear(),
        month: h.getMonth() + 1,
        day: h.getDate(),
        hour: h.getHours(),
        minute: h.getMinutes(),
        second: h.getSeconds(),
        millisecond: h.getMilliseconds(),
      },
      timeZone,
    );
  }

  function fromComponents(args: unknown[]): number {
    const n = args.map(Number);
    if (n.some((v) => !Number.isFinite(v))) return NaN;
    let year = Math.trunc(n[0]);
    if (year >= 0 && year <= 99) year += 1900;
    return normalizedToInstant(
      {
        year,
        month: Math.trunc(n[1]) + 1,
        day: n.length > 2 ? Math.trunc(n[2]) : 1,
        hour: n.length > 3 ? Math.trunc(n[3]) : 0,
        minute: n.length > 4 ? Math.trunc(n[4]) : 0,
        second: n.length > 5 ? Math.trunc(n[5]) : 0,
        millisecond: n.length > 6 ? Math.trunc(n[6]) : 0,
      },
      timeZone,
    );
  }

  function toStringAt(t: number): string {
    if (Number.isNaN(t)) return 'Invalid Date';
    return `${dateString(t)} ${timeString(t)}`;
  }
  function dateString(t: number): string {
    const w = z.wall(t);
    const weekday = new Date(Date.UTC(w.year, w.month - 1, w.day)).getUTCDay();
    return `${DAYS[weekday]} ${MONTHS[w.month - 1]} ${pad(w.day)} ${pad(w.year, 4)}`;
  }
  function timeString(t: number): string {
    const w = z.wall(t);
    const offset = z.offsetAt(t) / 60_000;
    const sign = offset < 0 ? '-' : '+';
    const abs = Math.abs(offset);
    return (
      `${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)} ` +
      `GMT${sign}${pad(Math.floor(abs / 60))}${pad(abs % 60)} (${z.longName(t)})`
    );
  }

  const ScriptDate = function (this: unknown, ...args: unknown[]) {
    if (!new.target) return toStringAt(now());
    let t: number;
    if (args.length === 0) t = now();
    else if (args.length === 1) {
      const a = args[0];
      if (Object.prototype.toString.call(a) === '[object Date]') t = timeOf(a);
      else {
        const prim =
          a !== null && typeof a === 'object' ? (a as { valueOf(): unknown }).valueOf() : a;
        t = typeof prim === 'string' ? parse(prim) : Number(prim);
      }
    } else t = fromComponents(args);
    return Reflect.construct(NativeDate, [t], new.target);
  } as unknown as DateConstructor & Record<string, unknown>;

  Object.defineProperty(ScriptDate, 'prototype', { value: NativeDate.prototype });
  Object.defineProperty(ScriptDate, 'name', { value: 'Date' });
  ScriptDate.now = () => now();
  ScriptDate.parse = parse;
  ScriptDate.UTC = NativeDate.UTC;
  Object.defineProperty(NativeDate.prototype, 'constructor', {
    value: ScriptDate,
    writable: true,
    configurable: true,
  });

  const define = (name: string, fn: AnyFn) =>
    Object.defineProperty(proto, name, { value: fn, writable: true, configurable: true });

  const getter = (pick: (w: WallClock, t: number) => number) =>
    function (this: unknown) {
      const t = timeOf(this);
      return Number.isNaN(t) ? NaN : pick(z.wall(t), t);
    };
  define(
    'getFullYear',
    getter((w) => w.year),
  );
  define(
    'getYear',
    getter((w) => w.year - 1900),
  );
  define(
    'getMonth',
    getter((w) => w.month - 1),
  );
  define(
    'getDate',
    getter((w) => w.day),
  );
  define(
    'getDay',
    getter((w) => new Date(Date.UTC(w.year, w.month - 1, w.day)).getUTCDay()),
  );
  define(
    'getHours',
    getter((w) => w.hour),
  );
  define(
    'getMinutes',
    getter((w) => w.minute),
  );
  define(
    'getSeconds',
    getter((w) => w.second),
  );
  define(
    'getMilliseconds',
    getter((w) => w.millisecond),
  );
  define(
    'getTimezoneOffset',
    getter((_w, t) => -z.offsetAt(t) / 60_000),
  );

  // Each setter: read the wall clock, replace the given fields, convert back in the script zone.
  const setter = (apply: (w: WallClock, args: number[]) => void, fromNaN = false) =>
    function (this: unknown, ...raw: unknown[]) {
      let t = timeOf(this);
      if (Number.isNaN(t)) {
        if (!fromNaN) return NaN;
        t = fromWallClock({ year: 1970, month: 1, day: 1 }, timeZone);
      }
      const w = { ...z.wall(t) };
      const args = raw.map(Number);
      if (args.some((v) => !Number.isFinite(v))) return nativeSetTime.call(this, NaN);
      apply(w, args.map(Math.trunc));
      return nativeSetTime.call(this, normalizedToInstant(w, timeZone));
    };
  define(
    'setFullYear',
    setter((w, [y, m, d]) => {
      w.year = y;
      if (m !== undefined) w.month = m + 1;
      if (d !== undefined) w.day = d;
    }, true),
  );
  define(
    'setMonth',
    setter((w, [m, d]) => {
      w.month = m + 1;
      if (d !== undefined) w.day = d;
    }),
  );
  define(
    'setDate',
    setter((w, [d]) => {
      w.day = d;
    }),
  );
  define(
    'setHours',
    setter((w, [h, m, s, ms]) => {
      w.hour = h;
      if (m !== undefined) w.minute = m;
      if (s !== undefined) w.second = s;
      if (ms !== undefined) w.millisecond = ms;
    }),
  );
  define(
    'setMinutes',
    setter((w, [m, s, ms]) => {
      w.minute = m;
      if (s !== undefined) w.second = s;
      if (ms !== undefined) w.millisecond = ms;
    }),
  );
  define(
    'setSeconds',
    setter((w, [s, ms]) => {
      w.second = s;
      if (ms !== undefined) w.millisecond = ms;
    }),
  );
  define(
    'setMilliseconds',
    setter((w, [ms]) => {
      w.millisecond = ms;
    }),
  );

  define('toString', function (this: unknown) {
    return toStringAt(timeOf(this));
  });
  define('toDateString', function (this: unknown) {
    const t = timeOf(this);
    return Number.isNaN(t) ? 'Invalid Date' : dateString(t);
  });
  define('toTimeString', function (this: unknown) {
    const t = timeOf(this);
    return Number.isNaN(t) ? 'Invalid Date' : timeString(t);
  });
  for (const [name, native] of Object.entries(nativeToLocale)) {
    define(name, function (this: unknown, locales?: unknown, options?: unknown) {
      const opts = { timeZone, ...(options as object | undefined) };
      return native.call(this, locales, opts);
    });
  }

  global.Date = ScriptDate;
  return ScriptDate;
}
