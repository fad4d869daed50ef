// ScriptApp: installable triggers (with the add-on limits), the enums, authorization info.
// https://developers.google.com/apps-script/reference/script/script-app
// https://developers.google.com/workspace/add-ons/concepts/editor-triggers (add-on restrictions)
import { createHash } from 'node:crypto';
import { enumOf } from './enums';
import { SCOPE } from './auth';
import { KIND } from './kind';
import { WEEKDAYS, type ClockSchedule, type WeekDayName } from './schedule';
import type { EventTypeName, TriggerRecord, TriggerRegistry } from './triggers';
import { zone } from './zone';

export const MAX_TRIGGERS_PER_USER = 20;
export const TOO_MANY_TRIGGERS =
  'This script has too many triggers. Triggers must be deleted from the script before more can be added.';
export const ADDON_HOURLY_ONLY =
  'Add-ons may not create time-based triggers that run more often than once per hour.';

const TYPE_WORDS: Record<EventTypeName, string> = {
  CLOCK: 'time-based',
  ON_OPEN: 'open',
  ON_EDIT: 'edit',
  ON_CHANGE: 'change',
  ON_FORM_SUBMIT: 'form submit',
};

export function tooManyOfType(type: EventTypeName): string {
  return `This add-on has created too many ${TYPE_WORDS[type]} triggers in this document for this Google user account.`;
}

export interface ScriptAppContext {
  effectiveUser(): string;
  /** The active document; null when the script runs without one. */
  documentId(): string | null;
  now(): number;
  scriptTimeZone(): string;
  scriptId(): string;
  /** Editor add-on rules apply (one trigger per type per user per document; hourly at most). */
  isAddOn(): boolean;
  /** Whether `user` has granted the add-on its scopes. */
  isAuthorized(user: string): boolean;
  /** The manifest's oauthScopes; undefined when it lets Apps Script infer them. */
  manifestScopes(): readonly string[] | undefined;
}

/** A trigger as the script holds it: a view on a registry record. */
export class Trigger implements GoogleAppsScript.Script.Trigger {
  readonly [KIND] = 'Trigger';

  constructor(readonly record: TriggerRecord) {}

  getUniqueId(): string {
    return this.record.uid;
  }
  getHandlerFunction(): string {
    return this.record.handler;
  }
  getEventType(): GoogleAppsScript.Script.EventType {
    return this.record.eventType as unknown as GoogleAppsScript.Script.EventType;
  }
  getTriggerSource(): GoogleAppsScript.Script.TriggerSource {
    return this.record.source as unknown as GoogleAppsScript.Script.TriggerSource;
  }
  getTriggerSourceId(): string {
    return this.record.sourceId as string;
  }
}

/** Creates a record after checking the platform's limits. */
class TriggerFactory {
  constructor(
    private readonly registry: TriggerRegistry,
    private readonly context: ScriptAppContext,
  ) {}

  create(
    spec: Pick<TriggerRecord, 'handler' | 'eventType' | 'source' | 'sourceId'> &
      Partial<Pick<TriggerRecord, 'schedule' | 'timeZone'>>,
  ): Trigger {
    const owner = this.context.effectiveUser();
    const documentId = this.context.documentId();
    // The registry is the script's: every document the add-on runs in counts towards the 20.
    const mine = this.registry.all().filter((r) => r.owner === owner);
    if (mine.length >= MAX_TRIGGERS_PER_USER) throw new Error(TOO_MANY_TRIGGERS);
    if (this.context.isAddOn()) {
      if (spec.schedule?.kind === 'minutes') throw new Error(ADDON_HOURLY_ONLY);
      if (mine.some((r) => r.documentId === documentId && r.eventType === spec.eventType)) {
        throw new Error(tooManyOfType(spec.eventType));
      }
    }
    const record = this.registry.add({ ...spec, owner, documentId, createdAt: this.context.now() });
    return new Trigger(record);
  }
}

function positiveInt(value: unknown, name: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`Invalid argument: ${name}`);
  return n;
}

function inRange(value: unknown, lo: number, hi: number, name: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < lo || n > hi) throw new Error(`Invalid argument: ${name}`);
  return n;
}

type Unit = 'minutes' | 'hours' | 'days' | 'weeks' | 'monthDay' | 'once';

export class ClockTriggerBuilder {
  readonly [KIND] = 'ClockTriggerBuilder';
  private unit?: Unit;
  private every = 1;
  private weekDay: WeekDayName | null = null;
  private monthDay = 1;
  private hour?: number;
  private minute?: number;
  private onceAt?: number;
  private timeZone?: string;

  constructor(
    private readonly handler: string,
    private readonly factory: TriggerFactory,
    private readonly context: ScriptAppContext,
  ) {}

  private setUnit(unit: Unit): void {
    if (this.unit && this.unit !== unit) {
      throw new Error(`Already chosen a unit of time for this trigger (${this.unit})`);
    }
    this.unit = unit;
  }

  everyMinutes(n: number): this {
    this.setUnit('minutes');
    this.every = positiveInt(n, 'minutes');
    return this;
  }
  everyHours(n: number): this {
    this.setUnit('hours');
    this.every = positiveInt(n, 'hours');
    return this;
  }
  everyDays(n: number): this {
    this.setUnit('days');
    this.every = positiveInt(n, 'days');
    return this;
  }
  everyWeeks(n: number): this {
    this.setUnit('weeks');
    this.every = positiveInt(n, 'weeks');
    return this;
  }
  onWeekDay(day: unknown): this {
    const name = String(day) as WeekDayName;
    if (!WEEKDAYS.includes(name)) throw new Error('Invalid argument: day');
    this.setUnit('weeks');
    this.weekDay = name;
    return this;
  }
  onMonthDay(day: number): this {
    this.setUnit('monthDay');
    this.monthDay = inRange(day, 1, 31, 'day');
    return this;
  }
  atHour(hour: number): this {
    this.hour = inRange(hour, 0, 23, 'hour');
    return this;
  }
  nearMinute(minute: number): this {
    this.minute = inRange(minute, 0, 59, 'minute');
    return this;
  }
  inTimezone(timezone: string): this {
    zone(String(timezone));
    this.timeZone = String(timezone);
    return this;
  }
  at(date: Date): this {
    const t = date instanceof Date ? date.getTime() : NaN;
    if (Number.isNaN(t)) throw new Error('Invalid argument: date');
    this.setUnit('once');
    this.onceAt = t;
    return this;
  }
  after(durationMilliseconds: number): this {
    const ms = Number(durationMilliseconds);
    if (!Number.isFinite(ms) || ms < 0) throw new Error('Invalid argument: durationMilliseconds');
    this.setUnit('once');
    this.onceAt = this.context.now() + ms;
    return this;
  }
  atDate(year: number, month: number, day: number): this {
    this.setUnit('once');
    const tz = this.timeZone ?? this.context.scriptTimeZone();
    this.onceAt =
      Date.UTC(year, month - 1, day) - zone(tz).offsetAt(Date.UTC(year, month - 1, day));
    return this;
  }

  private schedule(): ClockSchedule {
    const hour = this.hour ?? 0;
    const minute = this.minute ?? 0;
    switch (this.unit) {
      case 'minutes':
      case 'hours':
        if (this.hour !== undefined) throw new Error('atHour() needs everyDays() or everyWeeks()');
        return { kind: this.unit, every: this.every };
      case 'days':
        return { kind: 'days', every: this.every, hour, minute };
      case 'weeks':
        return { kind: 'weeks', every: this.every, weekDay: this.weekDay, hour, minute };
      case 'monthDay':
        return { kind: 'monthDay', day: this.monthDay, hour, minute };
      case 'once':
        return { kind: 'once', at: this.onceAt as number };
      default:
        throw new Error(
          'The trigger has no schedule: call everyHours(), onWeekDay(), at()... first',
        );
    }
  }

  create(): Trigger {
    return this.factory.create({
      handler: this.handler,
      eventType: 'CLOCK',
      source: 'CLOCK',
      sourceId: null,
      schedule: this.schedule(),
      timeZone: this.timeZone ?? this.context.scriptTimeZone(),
    });
  }
}

export class SpreadsheetTriggerBuilder {
  readonly [KIND] = 'SpreadsheetTriggerBuilder';
  private eventType?: EventTypeName;

  constructor(
    private readonly handler: string,
    private readonly spreadsheetId: string,
    private readonly factory: TriggerFactory,
  ) {}

  onEdit(): this {
    this.eventType = 'ON_EDIT';
    return this;
  }
  onOpen(): this {
    this.eventType = 'ON_OPEN';
    return this;
  }
  onChange(): this {
    this.eventType = 'ON_CHANGE';
    return this;
  }
  onFormSubmit(): this {
    this.eventType = 'ON_FORM_SUBMIT';
    return this;
  }

  create(): Trigger {
    if (!this.eventType)
      throw new Error('The trigger has no event: call onEdit(), onOpen()... first');
    return this.factory.create({
      handler: this.handler,
      eventType: this.eventType,
      source: 'SPREADSHEETS',
      sourceId: this.spreadsheetId,
    });
  }
}

export class TriggerBuilder {
  readonly [KIND] = 'TriggerBuilder';

  constructor(
    private readonly handler: string,
    private readonly factory: TriggerFactory,
    private readonly context: ScriptAppContext,
  ) {}

  timeBased(): ClockTriggerBuilder {
    return new ClockTriggerBuilder(this.handler, this.factory, this.context);
  }

  forSpreadsheet(sheet: unknown): SpreadsheetTriggerBuilder {
    const id =
      typeof sheet === 'string'
        ? sheet
        : String((sheet as { getId?: () => string } | null)?.getId?.() ?? '');
    if (!id) throw new Error('Invalid argument: key');
    return new SpreadsheetTriggerBuilder(this.handler, id, this.factory);
  }
}

export class AuthorizationInfo {
  readonly [KIND] = 'AuthorizationInfo';

  constructor(
    private readonly required: boolean,
    private readonly url: string,
    private readonly scopes: readonly string[],
  ) {}

  getAuthorizationStatus(): GoogleAppsScript.Script.AuthorizationStatus {
    return (this.required
      ? 'REQUIRED'
      : 'NOT_REQUIRED') as unknown as GoogleAppsScript.Script.AuthorizationStatus;
  }

  getAuthorizationUrl(): string | null {
    return this.required ? this.url : null;
  }

  /** The granted scopes: of those asked about, when getAuthorizationInfo was given a list. */
  getAuthorizedScopes(): string[] {
    return [...this.scopes];
  }
}

export class ScriptApp {
  readonly [KIND] = 'ScriptApp';
  readonly AuthMode = enumOf<typeof GoogleAppsScript.Script.AuthMode>([
    'NONE',
    'CUSTOM_FUNCTION',
    'LIMITED',
    'FULL',
  ]);
  readonly AuthorizationStatus = enumOf<typeof GoogleAppsScript.Script.AuthorizationStatus>([
    'REQUIRED',
    'NOT_REQUIRED',
  ]);
  readonly EventType = enumOf<typeof GoogleAppsScript.Script.EventType>([
    'CLOCK',
    'ON_OPEN',
    'ON_EDIT',
    'ON_FORM_SUBMIT',
    'ON_CHANGE',
    'ON_EVENT_UPDATED',
  ]);
  readonly TriggerSource = enumOf<typeof GoogleAppsScript.Script.TriggerSource>([
    'SPREADSHEETS',
    'CLOCK',
    'FORMS',
    'DOCUMENTS',
    'CALENDAR',
  ]);
  readonly WeekDay = enumOf<typeof GoogleAppsScript.Base.Weekday>(WEEKDAYS);
  private readonly factory: TriggerFactory;

  constructor(
    private readonly registry: TriggerRegistry,
    private readonly context: ScriptAppContext,
  ) {
    this.factory = new TriggerFactory(registry, context);
  }

  newTrigger(functionName: string): TriggerBuilder {
    if (typeof functionName !== 'string' || functionName === '') {
      throw new Error('Invalid argument: functionName');
    }
    return new TriggerBuilder(functionName, this.factory, this.context);
  }

  /**
   * The effective user's triggers of this script. For an add-on that is every document's: the
   * reference says "associated with the current project and current user", and the add-on is one
   * project across the user's files.
   */
  getProjectTriggers(): Trigger[] {
    const me = this.context.effectiveUser();
    return this.registry
      .all()
      .filter((r) => r.owner === me)
      .map((r) => new Trigger(r));
  }

  /** The effective user's triggers in one spreadsheet: attached to it, or made while in it. */
  getUserTriggers(spreadsheet: unknown): Trigger[] {
    const id = String((spreadsheet as { getId?: () => string } | null)?.getId?.() ?? '');
    if (!id) throw new Error('Invalid argument: spreadsheet');
    const me = this.context.effectiveUser();
    return this.registry
      .all()
      .filter(
        (r) =>
          r.owner === me && (r.sourceId === id || (r.sourceId === null && r.documentId === id)),
      )
      .map((r) => new Trigger(r));
  }

  deleteTrigger(trigger: unknown): void {
    if (!(trigger instanceof Trigger)) throw new Error('Invalid argument: trigger');
    if (trigger.record.owner !== this.context.effectiveUser()) return;
    this.registry.remove(trigger.record.uid);
  }

  /**
   * A user who installed the add-on granted every scope of the manifest (every scope asked
   * about, when the manifest lets Apps Script infer them); anyone else granted none. Given a
   * list, the answer is about those scopes: REQUIRED while one of them is not granted.
   */
  getAuthorizationInfo(authMode: unknown, oAuthScopes?: unknown): AuthorizationInfo {
    const asked = Array.isArray(oAuthScopes) ? oAuthScopes.map(String) : null;
    const authorized = this.context.isAuthorized(this.context.effectiveUser());
    const manifest = this.context.manifestScopes();
    const grants = (scope: string): boolean =>
      authorized &&
      (manifest === undefined ||
        manifest.includes(scope) ||
        (scope === SCOPE.currentSpreadsheet && manifest.includes(SCOPE.spreadsheets)));
    const granted = asked
      ? asked.filter(grants)
      : authorized
        ? [...(manifest ?? Object.values(SCOPE))]
        : [];
    const missing = asked ? granted.length < asked.length : !authorized;
    const required = String(authMode) === 'FULL' && missing;
    const url = `https://script.google.com/macros/d/${this.context.scriptId()}/authorize`;
    return new AuthorizationInfo(required, url, granted);
  }

  getOAuthToken(): string {
    const digest = createHash('sha256')
      .update(`${this.context.scriptId()}:${this.context.effectiveUser()}`)
      .digest('base64url');
    return `ya29.emulated-${digest.slice(0, 32)}`;
  }

  getScriptId(): string {
    return this.context.scriptId();
  }
}
