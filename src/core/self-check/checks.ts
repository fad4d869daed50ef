// The set-up check's decisions: for each platform assumption, whether the facts the server
// gathered bear it out, in words a seller can act on or paste to whoever supports them.
import {
  dateKeyOfInstant,
  formatDateKey,
  formatInstant,
  formatWallTime,
  sameWallTime,
} from '../dates';
import { plural } from '../text';
import { TRIGGER_LIMIT } from '../portfolio';
import type {
  AuthorizationFacts,
  Gathered,
  LockFacts,
  PropertyRoundTrip,
  SelfCheckFacts,
  TriggerFacts,
  ZoneFacts,
} from './facts';

export type CheckResult = 'pass' | 'fail' | 'unknown';

export interface CheckItem {
  id: string;
  title: string;
  result: CheckResult;
  words: string;
}

const pass = (id: string, title: string, words: string): CheckItem => ({
  id,
  title,
  result: 'pass',
  words,
});
const fail = (id: string, title: string, words: string): CheckItem => ({
  id,
  title,
  result: 'fail',
  words,
});

/** Every check, in the order the report shows them. */
export function selfCheckItems(facts: SelfCheckFacts): CheckItem[] {
  const today = dateKeyOfInstant(facts.now, facts.timeZone);
  const when = (at: number | string) => formatInstant(at, facts.timeZone, { year: today });
  const day = (at: number) =>
    formatDateKey(dateKeyOfInstant(at, facts.timeZone), { weekday: true, year: today });
  return [
    zoneCheck(facts.zones, facts.timeZone, day),
    triggerCheck(facts.triggers),
    propertyCheck(facts.documentProperties, facts.userProperties),
    lockCheck(facts.lock),
    mailQuotaCheck(facts.mailQuota),
    backgroundRunCheck(facts.backgroundRun, when),
    scopeCheck(facts.authorization, facts.requiredScopes),
  ];
}

const ZONES = 'Time zones';

/** `day` words the day of the zone's next clock change (its hour reads differently either side). */
export function zoneCheck(
  gathered: Gathered<ZoneFacts>,
  timeZone: string,
  day: (at: number) => string,
): CheckItem {
  if (!gathered.ok) {
    return fail('time-zones', ZONES, `Could not compare the readings: ${gathered.error}`);
  }
  const { probes, nextChange, platformName: platform } = gathered.value;
  const wrong: string[] = [];
  for (const probe of probes) {
    if (!probe.platform.ok) {
      wrong.push(`${probe.label}, ${platform} failed (${probe.platform.error})`);
    } else if (!probe.intl.ok) {
      wrong.push(`${probe.label}, Intl failed (${probe.intl.error})`);
    } else if (!sameWallTime(probe.intl.value, probe.platform.value)) {
      wrong.push(
        `${probe.label}, Intl reads ${formatWallTime(probe.intl.value)} where ` +
          `${platform} reads ${formatWallTime(probe.platform.value)}`,
      );
    }
  }
  const change =
    nextChange === null
      ? 'Intl sees no clock change in the coming year'
      : `its clocks next change on ${day(nextChange)}`;
  if (wrong.length === 0) {
    return pass(
      'time-zones',
      ZONES,
      `Intl and ${platform} give the same wall time in ${timeZone} at ` +
        `${plural(probes.length, 'instant')} checked (${probes.map((p) => p.label).join('; ')}); ` +
        `${change}.`,
    );
  }
  return fail(
    'time-zones',
    ZONES,
    `Intl and ${platform} disagree in ${timeZone}: ${wrong.join('; ')}. The add-on ` +
      `notices this in every run and then reads every date with ${platform} (slower, ` +
      `but right); ${change}.`,
  );
}

const TRIGGERS = 'Triggers';

const TRIGGER_NAMES: Record<string, string> = {
  CLOCK: 'hourly',
  ON_EDIT: 'on edit',
  ON_OPEN: 'on open',
  ON_CHANGE: 'on change',
  ON_FORM_SUBMIT: 'on form submit',
};

export function triggerCheck(gathered: Gathered<TriggerFacts>): CheckItem {
  if (!gathered.ok) {
    return fail('triggers', TRIGGERS, `Could not list your triggers: ${gathered.error}`);
  }
  const { here, total } = gathered.value;
  const byType = new Map<string, string[]>();
  for (const t of here) byType.set(t.eventType, [...(byType.get(t.eventType) ?? []), t.handler]);
  const listed = [...byType]
    .map(([type, handlers]) => `${TRIGGER_NAMES[type] ?? type}: ${handlers.join(', ')}`)
    .join('; ');
  const hereWords =
    here.length === 0
      ? 'You have no triggers in this spreadsheet'
      : `You have ${plural(here.length, 'trigger')} in this spreadsheet (${listed})`;
  const left = TRIGGER_LIMIT - total;
  const budget = `${total} of the ${TRIGGER_LIMIT} Google allows you across all your spreadsheets`;
  const doubled = [...byType].filter(([, handlers]) => handlers.length > 1);
  if (doubled.length > 0) {
    const types = doubled.map(([type]) => TRIGGER_NAMES[type] ?? type).join(', ');
    return fail(
      'triggers',
      TRIGGERS,
      `${hereWords}: more than one of a type (${types}), where an add-on may hold one of each ` +
        `type per spreadsheet; ${budget}.`,
    );
  }
  if (left < 0) {
    return fail('triggers', TRIGGERS, `${hereWords}; ${budget}: more than the limit.`);
  }
  const room =
    left === 0
      ? 'none left, so a new plan cannot install its triggers until you archive a deal'
      : `${left} left`;
  return pass('triggers', TRIGGERS, `${hereWords}; ${budget}, ${room}.`);
}

const PROPERTIES = 'Add-on storage';

export function propertyCheck(doc: PropertyRoundTrip, user: PropertyRoundTrip): CheckItem {
  const problems = [roundTripProblem('this spreadsheet', doc), roundTripProblem('yours', user)]
    .filter((p) => p !== null)
    .join('; ');
  if (problems === '') {
    return pass(
      'properties',
      PROPERTIES,
      "A test value was written, read back and deleted in this spreadsheet's storage and in " +
        'yours; nothing was left behind.',
    );
  }
  return fail('properties', PROPERTIES, `${problems}.`);
}

function roundTripProblem(store: string, trip: PropertyRoundTrip): string | null {
  const detail = trip.error ? ` (${trip.error})` : '';
  if (!trip.wrote) return `A test value could not be written to ${store}${detail}`;
  if (!trip.readBack) return `A test value written to ${store} did not read back the same${detail}`;
  if (!trip.deleted) {
    return `A test value in ${store} could not be deleted${detail}; it is harmless but stays`;
  }
  return null;
}

const LOCK = 'Document lock';

export function lockCheck(lock: LockFacts): CheckItem {
  if (!lock.available) {
    return fail(
      'lock',
      LOCK,
      'This run has no document lock, so two changes to the plan could overlap.',
    );
  }
  const detail = lock.error ? ` (${lock.error})` : '';
  if (!lock.acquired) return fail('lock', LOCK, `The document lock could not be taken${detail}.`);
  if (!lock.released) {
    return fail('lock', LOCK, `The document lock was taken but not released${detail}.`);
  }
  return pass('lock', LOCK, 'The document lock was taken and released.');
}

const MAIL = 'Mail quota';

export function mailQuotaCheck(gathered: Gathered<number>): CheckItem {
  if (!gathered.ok) {
    return fail('mail-quota', MAIL, `Could not read your mail quota: ${gathered.error}`);
  }
  const left = gathered.value;
  if (left <= 0) {
    return fail(
      'mail-quota',
      MAIL,
      'You can send to no more recipients today: weekly emails wait until Google resets your ' +
        'quota.',
    );
  }
  return pass('mail-quota', MAIL, `You can send to ${plural(left, 'more recipient')} today.`);
}

const BACKGROUND = 'Last hourly run';

export function backgroundRunCheck(
  gathered: SelfCheckFacts['backgroundRun'],
  when: (at: string) => string,
): CheckItem {
  if (!gathered.ok) {
    return fail('background-run', BACKGROUND, `Could not read your deals list: ${gathered.error}`);
  }
  const run = gathered.value;
  if (run === null) {
    return {
      id: 'background-run',
      title: BACKGROUND,
      result: 'unknown',
      words:
        'No hourly run is recorded for this spreadsheet yet: the weekly email is off, or its ' +
        'first hour has not come.',
    };
  }
  const at = when(run.at);
  if (!run.hadDocument) {
    return fail(
      'background-run',
      BACKGROUND,
      `The last hourly run, ${at}, started without this spreadsheet, so it could not read the ` +
        'plan or send the weekly email: Google did not give the add-on its document.',
    );
  }
  if (!run.ok) {
    return fail('background-run', BACKGROUND, `The last hourly run, ${at}, ${run.outcome}.`);
  }
  return pass(
    'background-run',
    BACKGROUND,
    `The last hourly run, ${at}, had this spreadsheet and ${run.outcome}.`,
  );
}

const SCOPES = 'Permissions';

/** The last part of a scope's URL ("script.send_mail"): what people recognise. */
export function scopeName(scope: string): string {
  return scope.replace(/^https:\/\/www\.googleapis\.com\/auth\//, '');
}

export function scopeCheck(
  gathered: Gathered<AuthorizationFacts>,
  required: readonly string[],
): CheckItem {
  if (!gathered.ok) {
    return fail('scopes', SCOPES, `Could not read what you authorized: ${gathered.error}`);
  }
  const { status, granted } = gathered.value;
  const names = (scopes: readonly string[]) => scopes.map(scopeName).join(', ');
  const missing = granted === null ? [] : required.filter((s) => !granted.includes(s));
  if (status === 'REQUIRED' || missing.length > 0) {
    const which = missing.length > 0 ? `: not granted ${names(missing)}` : '';
    return fail(
      'scopes',
      SCOPES,
      `The add-on needs you to authorize it again${which}. Open it from the Extensions menu ` +
        'and accept; until then its triggers cannot work.',
    );
  }
  if (granted === null) {
    return pass(
      'scopes',
      SCOPES,
      'Google says no authorization is needed (it did not list the scopes granted).',
    );
  }
  return pass(
    'scopes',
    SCOPES,
    `You granted all ${plural(required.length, 'permission')} the add-on asks for (${names(required)}).`,
  );
}
