// A switch for a runtime whose Intl time zones disagree with Utilities.formatDate. Google
// documents only the latter's zones, so the add-on must notice a disagreement and convert its
// dates another way; this lets a test make the script's Intl wrong while Utilities stays right.

/**
 * How the script's `Intl.DateTimeFormat` treats its `timeZone` option:
 * - `agree` (default): as Node does, the same wall time as Utilities.formatDate;
 * - `ignore-zone`: every zone is formatted as UTC (an unknown zone still throws RangeError);
 * - `hour-ahead`: the right zone, one hour late on the wall clock (as a stale DST rule would be).
 */
export type IntlZones = 'agree' | 'ignore-zone' | 'hour-ahead';

export const INTL_ZONES: readonly IntlZones[] = ['agree', 'ignore-zone', 'hour-ahead'];

const HOUR_MS = 3_600_000;

interface ContextIntl {
  Intl: { DateTimeFormat: Intl.DateTimeFormatConstructor };
}

/** Replaces the context's Intl.DateTimeFormat per `mode` (nothing to do for `agree`). */
export function installIntlZones(global: ContextIntl, mode: IntlZones): void {
  if (mode === 'agree') return;
  const Native = global.Intl.DateTimeFormat;
  const shift = mode === 'hour-ahead' ? HOUR_MS : 0;
  const moved = (date?: Date | number): Date | number | undefined => {
    if (date === undefined) return date;
    const ms = typeof date === 'number' ? date : Date.prototype.getTime.call(date);
    return ms + shift;
  };
  function DateTimeFormat(
    locales?: string | string[],
    options?: Intl.DateTimeFormatOptions,
  ): Intl.DateTimeFormat {
    let chosen = options;
    if (options?.timeZone !== undefined && mode === 'ignore-zone') {
      new Native(locales, options); // a zone Intl does not know still throws
      chosen = { ...options, timeZone: 'UTC' };
    }
    const formatter = new Native(locales, chosen);
    if (shift === 0 || options?.timeZone === undefined) return formatter;
    const late = Object.create(formatter) as Intl.DateTimeFormat;
    Object.defineProperties(late, {
      format: { value: (date?: Date | number) => formatter.format(moved(date)) },
      formatToParts: { value: (date?: Date | number) => formatter.formatToParts(moved(date)) },
      resolvedOptions: { value: () => formatter.resolvedOptions() },
    });
    return late;
  }
  DateTimeFormat.supportedLocalesOf = Native.supportedLocalesOf.bind(Native);
  global.Intl.DateTimeFormat = DateTimeFormat as unknown as Intl.DateTimeFormatConstructor;
}
