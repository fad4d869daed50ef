// What the server gathers for the set-up check, each fact read once and handed over as plain
// data. A service that fails is a fact too (its message), so one broken service never hides the
// other checks.
import type { WallTimeParts } from '../dates';
import type { BackgroundRun } from '../portfolio';

/** A value the platform gave, or the message it failed with. */
export type Gathered<T> = { ok: true; value: T } | { ok: false; error: string };

/** One instant read both ways in the sheet's zone. */
export interface ZoneProbe {
  /** Where the instant sits: 'now', 'an hour before its next clock change'... */
  label: string;
  at: number;
  intl: Gathered<WallTimeParts>;
  platform: Gathered<WallTimeParts>;
}

export interface ZoneFacts {
  /** What the server calls the platform's own date formatting, as the words should name it. */
  platformName: string;
  probes: ZoneProbe[];
  /** The next change of the zone's UTC offset within the check's horizon, as Intl sees it. */
  nextChange: number | null;
}

/** An installable trigger of the running user. */
export interface TriggerFact {
  handler: string;
  /** 'CLOCK', 'ON_EDIT', ...: the event type as the platform names it. */
  eventType: string;
}

export interface TriggerFacts {
  /** The user's triggers in this spreadsheet. */
  here: TriggerFact[];
  /** The user's triggers for the add-on in every file. */
  total: number;
}

/** Writing a probe key, reading it back and deleting it, in one property store. */
export interface PropertyRoundTrip {
  wrote: boolean;
  readBack: boolean;
  deleted: boolean;
  /** The first failure's message, if any. */
  error: string | null;
}

export interface LockFacts {
  /** False when this execution has no document lock (null). */
  available: boolean;
  acquired: boolean;
  released: boolean;
  error: string | null;
}

export interface AuthorizationFacts {
  /** 'REQUIRED' or 'NOT_REQUIRED', as the platform's authorization status names it. */
  status: string;
  /** The scopes the user granted, of those asked about; null when the platform does not say. */
  granted: string[] | null;
}

export interface SelfCheckFacts {
  now: number;
  timeZone: string;
  spreadsheetName: string;
  user: string;
  zones: Gathered<ZoneFacts>;
  triggers: Gathered<TriggerFacts>;
  documentProperties: PropertyRoundTrip;
  userProperties: PropertyRoundTrip;
  lock: LockFacts;
  mailQuota: Gathered<number>;
  /** The hourly run recorded for this spreadsheet in the user's deals registry, if any. */
  backgroundRun: Gathered<BackgroundRun | null>;
  authorization: Gathered<AuthorizationFacts>;
  /** The scopes the add-on's manifest asks for. */
  requiredScopes: readonly string[];
}
