// Which wall time reader this execution's date conversions use. Google documents
// Utilities.formatDate's zones, not Intl's: the first conversion of an execution (in each zone)
// reads one instant both ways, and if they disagree every later conversion goes through the
// platform (one service call per distinct instant: slower, right), noted once in the log.
import {
  formatWallTime,
  intlWallTime,
  parseWallTimeText,
  sameWallTime,
  useWallTimeReader,
  WALL_TIME_PATTERN,
  type WallTimeParts,
} from '../../core/dates';

/** The wall clock as Utilities.formatDate gives it. */
export function platformWallTime(instant: number, timeZone: string): WallTimeParts {
  const text = Utilities.formatDate(new Date(instant), timeZone, WALL_TIME_PATTERN);
  const parts = parseWallTimeText(text);
  if (parts === null) {
    throw new Error(`Utilities.formatDate gave "${text}" for ${timeZone}, not a date and time`);
  }
  return parts;
}

/** Why this execution reads dates with the platform, or null when Intl agreed (or is unchecked). */
let disagreement: string | null = null;
/** Zones whose first reading agreed: Intl serves them for the rest of the execution. */
const agreedZones = new Set<string>();

export function zoneDisagreement(): string | null {
  return disagreement;
}

// Checked once per zone: a run reads the script's zone as well as the sheet's, and UTC agrees
// even where Intl ignores zones. One disagreement anywhere sends every zone to the platform.
function checkedWallTime(instant: number, timeZone: string): WallTimeParts {
  if (disagreement !== null) return platformWallTime(instant, timeZone);
  // An unknown zone throws here, as it always did, before anything is decided.
  const intl = intlWallTime(instant, timeZone);
  if (agreedZones.has(timeZone)) return intl;
  let platform: WallTimeParts;
  try {
    platform = platformWallTime(instant, timeZone);
  } catch {
    // No platform answer (a run without authorization): Intl is all there is.
    agreedZones.add(timeZone);
    return intl;
  }
  if (sameWallTime(intl, platform)) {
    agreedZones.add(timeZone);
    return intl;
  }
  disagreement =
    `Intl read ${formatWallTime(intl)} where Utilities.formatDate read ` +
    `${formatWallTime(platform)} in ${timeZone}`;
  console.warn(
    `Dates: ${disagreement}; this run converts every date with Utilities.formatDate instead.`,
  );
  return platform;
}

/**
 * Called once as the bundle loads. It touches no service: the check waits for the execution's
 * first date conversion in each zone, so onOpen in AuthMode.NONE is unaffected.
 */
export function checkZonesOnFirstConversion(): void {
  disagreement = null;
  agreedZones.clear();
  useWallTimeReader(checkedWallTime);
}
