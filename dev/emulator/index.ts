// The local Apps Script: load the built add-on, act as users, move the clock, inspect everything.
// See README.md in this folder for a worked example and the known differences from Apps Script.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseDuration, parseInstant, VirtualClock } from './clock';
import type { Boundary } from './counting';
import { changeEvent, clockEvent, editEvent, openEvent, type EventSources } from './events';
import type { AuthModeName, Execution, ExecutionKind } from './execution';
import type { Faults } from './faults';
import { lineOf } from './logger';
import { DEFAULT_DAILY_QUOTA, MailSystem, type MailRecord } from './mail';
import type { IntlZones } from './intl-zones';
import { PropertyStores } from './properties';
import { parseCellRef } from './ref';
import { Runtime, type ExecutionRecord, type RunOutcome } from './runtime';
import { Workbook, type EditEvent } from './spreadsheet';
import { SpreadsheetFiles, type SpreadsheetInfo } from './spreadsheet-files';
import {
  STATE_VERSION,
  toJsonValue,
  triggerFromState,
  triggerToState,
  upgradeState,
  type CallRecord,
  type EmulatorState,
  type SavedState,
} from './state';
import { TriggerRegistry, type TriggerRecord } from './triggers';
import { UiRecorder } from './ui';

export type { EmulatorState, SavedState } from './state';
export type { MailRecord } from './mail';
export type { TriggerRecord } from './triggers';
export type { RunOutcome, ExecutionRecord } from './runtime';
export type { SpreadsheetInfo } from './spreadsheet-files';
export type { CallInfo, CallListener } from './faults';
export { ExecutionKilled } from './faults';
export { INTL_ZONES, type IntlZones } from './intl-zones';

export const DEFAULT_USER = 'owner@vendor.example';
export const DEFAULT_TIME_ZONE = 'America/New_York';

export interface EmulatorOptions {
  /** The first spreadsheet's time zone (a new state only). Default America/New_York. */
  timeZone?: string;
  /** The script's time zone. Default: appsscript.json beside the bundle, else Etc/UTC. */
  scriptTimeZone?: string;
  /** The clock: ISO 8601 (no offset: wall time in the current spreadsheet's zone) or a Date. */
  now?: string | Date;
  /** Who acts. Default owner@vendor.example, who also owns the first spreadsheet. */
  user?: string;
  /** Start from a saved state (toState / the CLI's --out; earlier versions are upgraded). */
  state?: SavedState;
  /** The bundle to run (its appsscript.json and HTML files sit beside it). */
  codePath: string;
  /** Simulated cost of each service call, added to simulatedMs(). */
  latencyMs?: number;
  /** The first spreadsheet's id and name (a new state only). */
  spreadsheetId?: string;
  spreadsheetName?: string;
  /** People the first spreadsheet is shared with as editors (a new state only). */
  editors?: string[];
  /** Users who have installed and authorized the add-on. Default: the user. */
  authorizedUsers?: string[];
  /** Daily mail recipients per user. Default 100 (consumer account). */
  dailyMailQuota?: number;
  /** Editor add-on trigger rules. Default true. */
  addOn?: boolean;
  /** Real-time limit per execution, against runaway loops. Default 30 s. */
  timeoutMs?: number;
  /**
   * Time-driven triggers run without a document: getActiveSpreadsheet(), getDocumentProperties()
   * and getDocumentLock() return null. Default false: they run in the file they were made in.
   * Google does not document which an add-on's clock trigger gets, so tests can try both.
   */
  clockTriggersWithoutDocument?: boolean;
  /**
   * How the script's Intl.DateTimeFormat treats time zones: 'agree' (default) as
   * Utilities.formatDate does; 'ignore-zone' formats every zone as UTC; 'hour-ahead' reads the
   * wall clock an hour late. Google documents only Utilities.formatDate's zones.
   */
  intlZones?: IntlZones;
}

/** A spreadsheet useSpreadsheet creates when there is none of that name. */
export interface NewSpreadsheetOptions {
  /** Default America/New_York. */
  timeZone?: string;
  /** People it is shared with as editors; its owner is the current user. */
  editors?: string[];
}

interface Manifest {
  timeZone?: string;
  oauthScopes?: string[];
}

function readManifest(codePath: string): Manifest {
  const file = join(dirname(codePath), 'appsscript.json');
  if (!existsSync(file)) return {};
  return JSON.parse(readFileSync(file, 'utf8')) as Manifest;
}

export class Emulator {
  readonly properties: PropertyStores;
  readonly ui: UiRecorder;
  readonly clock: VirtualClock;
  private readonly files: SpreadsheetFiles;
  private readonly scriptId: string;
  private readonly mail: MailSystem;
  private readonly registry: TriggerRegistry;
  private readonly authorized: Set<string>;
  private readonly counts_ = new Map<string, number>();
  private readonly executions_: ExecutionRecord[];
  private readonly codePath: string;
  private readonly manifest: Manifest;
  private readonly options: EmulatorOptions;
  private readonly restored?: EmulatorState;
  private scriptTimeZone: string;
  private user: string;
  private runtime?: Runtime;
  private functions: string[] = [];
  private last: CallRecord | null;
  /** Log lines of earlier runs (from a saved state). */
  private readonly restoredLog: string[];

  constructor(options: EmulatorOptions) {
    const state = options.state && upgradeState(options.state);
    this.options = options;
    this.restored = state;
    this.restoredLog = [...(state?.log ?? [])];
    this.codePath = resolve(options.codePath);
    this.manifest = readManifest(this.codePath);
    this.user = (options.user ?? state?.user ?? DEFAULT_USER).toLowerCase();
    this.scriptTimeZone =
      options.scriptTimeZone ?? state?.scriptTimeZone ?? this.manifest.timeZone ?? 'Etc/UTC';
    const zoneForNow = state
      ? (state.spreadsheet.timeZone ?? DEFAULT_TIME_ZONE)
      : (options.timeZone ?? DEFAULT_TIME_ZONE);
    const start =
      options.now !== undefined
        ? parseInstant(options.now, zoneForNow)
        : state
          ? parseInstant(state.clock, 'Etc/UTC')
          : Math.floor(Date.now() / 1000) * 1000;
    this.clock = new VirtualClock(start);
    const now = () => this.clock.now();
    if (state) {
      this.files = SpreadsheetFiles.fromJSON(state.spreadsheet, state.otherSpreadsheets, now);
      this.scriptId = state.scriptId;
      this.properties = PropertyStores.fromJSON(state.properties);
      this.mail = MailSystem.fromJSON(state.mail);
      this.registry = new TriggerRegistry(
        state.triggers.map(triggerFromState),
        state.triggerSequence,
      );
      this.authorized = new Set(state.authorizedUsers);
      this.ui = new UiRecorder();
      this.ui.state = structuredClone(state.ui);
      for (const [k, v] of Object.entries(state.counts)) this.counts_.set(k, v);
      this.executions_ = [...state.executions];
      this.last = state.lastCall;
    } else {
      const first = new Workbook({
        id: options.spreadsheetId,
        name: options.spreadsheetName,
        timeZone: options.timeZone ?? DEFAULT_TIME_ZONE,
        now,
        owner: this.user,
        editors: options.editors,
      });
      this.files = new SpreadsheetFiles(first);
      // The script is named once, after the first file: switching files keeps its id.
      this.scriptId = `emulated-script-${first.id}`;
      this.properties = new PropertyStores();
      this.mail = new MailSystem(options.dailyMailQuota ?? DEFAULT_DAILY_QUOTA);
      this.registry = new TriggerRegistry();
      this.authorized = new Set(
        (options.authorizedUsers ?? [this.user]).map((u) => u.toLowerCase()),
      );
      this.ui = new UiRecorder();
      this.executions_ = [];
      this.last = null;
    }
    if (options.dailyMailQuota !== undefined) this.mail.dailyQuota = options.dailyMailQuota;
    if (state && options.now !== undefined) this.registry.skipTo(this.clock.now());
  }

  static fromState(state: SavedState, options: Omit<EmulatorOptions, 'state'>): Emulator {
    return new Emulator({ ...options, state });
  }

  // ---- loading and running ---------------------------------------------------------------

  /** Reads the bundle and evaluates it once, in AuthMode.NONE, as Apps Script does on open. */
  load(): this {
    if (!existsSync(this.codePath)) {
      throw new Error(`${this.codePath} does not exist: build the add-on first`);
    }
    const previous = this.runtime;
    this.runtime = new Runtime({
      code: readFileSync(this.codePath, 'utf8'),
      codePath: this.codePath,
      scriptTimeZone: this.scriptTimeZone,
      manifestScopes: this.manifest.oauthScopes,
      intlZones: this.options.intlZones,
      scriptId: this.scriptId,
      isAddOn: this.options.addOn ?? true,
      latencyMs: this.options.latencyMs ?? 0,
      timeoutMs: this.options.timeoutMs ?? 30_000,
      clock: this.clock,
      files: this.files,
      properties: this.properties,
      mail: this.mail,
      triggers: this.registry,
      authorized: this.authorized,
      ui: this.ui,
      counts: this.counts_,
      simulatedMs: previous?.simulatedMs ?? this.restored?.simulatedMs ?? 0,
      executions: this.executions_,
      nextExecutionId:
        previous?.nextExecutionId ?? this.restored?.nextExecutionId ?? this.executions_.length + 1,
    });
    const outcome = this.runtime.run({
      kind: 'load',
      functionName: '(load)',
      activeUser: this.user,
      effectiveUser: this.user,
      authMode: 'NONE',
      documentId: this.workbook.id,
    });
    if (!outcome.ok) throw outcome.error;
    this.functions = outcome.value as string[];
    return this;
  }

  private rt(): Runtime {
    if (!this.runtime) this.load();
    return this.runtime as Runtime;
  }

  /** The top-level functions the bundle declares (Apps Script's callable names). */
  globalFunctions(): string[] {
    this.rt();
    return [...this.functions];
  }

  // ---- spreadsheets ----------------------------------------------------------------------

  /** The current spreadsheet: calls, edits and opens run in it. */
  get workbook(): Workbook {
    return this.files.current;
  }

  /**
   * Makes the spreadsheet named `name` the current one, creating a blank one (owned by the current
   * user) when there is none. A time zone applies to a new spreadsheet only.
   */
  useSpreadsheet(name: string, options: NewSpreadsheetOptions = {}): this {
    const found = this.files.byName(name);
    if (found) {
      if (options.timeZone !== undefined && options.timeZone !== found.timeZone) {
        throw new Error(
          `Spreadsheet "${name}" exists, in ${found.timeZone}: a time zone applies to a new spreadsheet only`,
        );
      }
      this.files.use(found);
      return this;
    }
    const book = new Workbook({
      id: this.files.freshId(),
      name,
      timeZone: options.timeZone ?? DEFAULT_TIME_ZONE,
      now: () => this.clock.now(),
      owner: this.user,
      editors: options.editors,
    });
    this.files.add(book);
    this.files.use(book);
    return this;
  }

  /** Every spreadsheet (id, name, time zone, whether current), the current one first. */
  spreadsheets(): SpreadsheetInfo[] {
    return this.files.list();
  }

  /** Who acts from now on. */
  as(user: string): this {
    this.user = user.toLowerCase();
    return this;
  }

  get currentUser(): string {
    return this.user;
  }

  /** Runs a global function as the current user, in AuthMode.FULL; throws the script's error. */
  call(name: string, ...args: unknown[]): unknown {
    return this.callAs(this.user, name, ...args);
  }

  callAs(user: string, name: string, ...args: unknown[]): unknown {
    const who = user.toLowerCase();
    const outcome = this.rt().run(
      {
        kind: 'call',
        functionName: name,
        activeUser: who,
        effectiveUser: who,
        authMode: 'FULL',
        documentId: this.workbook.id,
      },
      (b) => args.map((a) => b.toScript(a)),
    );
    const record: CallRecord = {
      name,
      args: toJsonValue(args) as unknown[],
      user: who,
      at: new Date(this.clock.now()).toISOString(),
      ok: outcome.ok,
    };
    if (outcome.ok) record.result = toJsonValue(outcome.value);
    else record.error = { message: outcome.error?.message ?? '', stack: outcome.error?.stack };
    this.last = record;
    if (!outcome.ok) throw outcome.error;
    return outcome.value;
  }

  /** The last call()'s name, arguments, and return value or error. */
  get lastCall(): CallRecord | null {
    return this.last;
  }

  private sources(): EventSources {
    const app = this.rt().spreadsheetApp as EventApp;
    return {
      spreadsheet: () => app.getActiveSpreadsheet() as object,
      range: (sheetName, row, column, numRows, numColumns) =>
        app
          .getActiveSpreadsheet()
          .getSheetByName(sheetName)
          .getRange(row, column, numRows, numColumns) as object,
      isAuthorized: (u) => this.authorized.has(u),
    };
  }

  private runTrigger(
    kind: ExecutionKind,
    functionName: string,
    activeUser: string,
    effectiveUser: string,
    authMode: AuthModeName,
    makeEvent: (b: Boundary, e: Execution) => unknown,
    triggerUid?: string,
    documentId: string | null = this.workbook.id,
  ): RunOutcome {
    const rt = this.rt();
    return rt.run(
      { kind, functionName, activeUser, effectiveUser, authMode, triggerUid, documentId },
      (b) => [makeEvent(b, rt.current())],
    );
  }

  /**
   * The user opens the spreadsheet: the simple onOpen runs (as them, in `authMode`), then every
   * installable on-open trigger (as its owner, FULL). Returns what ran.
   */
  open(options: { authMode?: AuthModeName; user?: string } = {}): RunOutcome[] {
    this.rt();
    const authMode = options.authMode ?? 'LIMITED';
    const user = (options.user ?? this.user).toLowerCase();
    const sources = this.sources();
    const runs: RunOutcome[] = [];
    if (this.functions.includes('onOpen')) {
      runs.push(
        this.runTrigger('simple-trigger', 'onOpen', user, user, authMode, (b, e) =>
          openEvent(b, e, sources, authMode),
        ),
      );
    }
    for (const t of this.installable('ON_OPEN')) {
      runs.push(
        this.runTrigger(
          'open-trigger',
          t.handler,
          user,
          t.owner,
          'FULL',
          (b, e) => openEvent(b, e, sources, 'FULL', t.uid),
          t.uid,
        ),
      );
    }
    return runs;
  }

  private installable(type: TriggerRecord['eventType']): TriggerRecord[] {
    return this.registry
      .all()
      .filter((t) => t.eventType === type && t.sourceId === this.workbook.id)
      .map((t) => ({ ...t }));
  }

  /** A USER typing `text` into one cell ('SHEET!A1'), then the edit triggers. */
  edit(ref: string, text: string): { event: EditEvent; runs: RunOutcome[] } {
    const { sheetName, a1 } = parseCellRef(ref);
    this.rt();
    const event = this.workbook.userEdit(this.user, sheetName, a1, String(text));
    return { event, runs: this.fireEdit(event) };
  }

  /** A USER pasting a block of text at 'SHEET!A1', then the edit triggers. */
  paste(ref: string, rows: string[][]): { event: EditEvent; runs: RunOutcome[] } {
    const { sheetName, a1 } = parseCellRef(ref);
    this.rt();
    const event = this.workbook.userPaste(this.user, sheetName, a1, rows);
    return { event, runs: this.fireEdit(event) };
  }

  private fireEdit(event: EditEvent): RunOutcome[] {
    const sources = this.sources();
    const editor = event.user.toLowerCase();
    const runs: RunOutcome[] = [];
    // An add-on's simple triggers run only for users who have the add-on.
    if (this.functions.includes('onEdit') && this.authorized.has(editor)) {
      runs.push(
        this.runTrigger('simple-trigger', 'onEdit', editor, editor, 'LIMITED', (b, e) =>
          editEvent(b, e, sources, event),
        ),
      );
    }
    for (const t of this.installable('ON_EDIT')) {
      runs.push(
        this.runTrigger(
          'edit-trigger',
          t.handler,
          editor,
          t.owner,
          'FULL',
          (b, e) => editEvent(b, e, sources, event, t.uid),
          t.uid,
        ),
      );
    }
    for (const t of this.installable('ON_CHANGE')) {
      runs.push(
        this.runTrigger(
          'edit-trigger',
          t.handler,
          editor,
          t.owner,
          'FULL',
          (b, e) => changeEvent(b, e, sources, 'EDIT', t.uid),
          t.uid,
        ),
      );
    }
    this.files.recalculate();
    return runs;
  }

  // ---- the clock -------------------------------------------------------------------------

  now(): Date {
    return new Date(this.clock.now());
  }

  /** Sets the clock. No trigger fires (use advance for that); runs skipped over are dropped. */
  setNow(time: string | Date): this {
    this.clock.set(parseInstant(time, this.workbook.timeZone));
    this.registry.skipTo(this.clock.now());
    this.files.recalculate();
    return this;
  }

  /**
   * Moves the clock forward by '7d', '36h', '90m'... firing every time-driven trigger that falls
   * due, in order, each at its scheduled instant, as its owner, in the spreadsheet it was made in
   * (whichever is current). Returns what ran.
   */
  advance(duration: string | number): RunOutcome[] {
    const ms = typeof duration === 'number' ? duration : parseDuration(duration);
    const target = this.clock.now() + ms;
    const runs: RunOutcome[] = [];
    this.rt();
    for (let guard = 0; ; guard++) {
      if (guard > 100_000) throw new Error('advance: more than 100000 trigger runs; stopping');
      const due = this.registry.nextDue(target);
      if (!due) break;
      const at = due.nextRunAt as number;
      if (at > this.clock.now()) this.clock.set(at);
      this.registry.markRan(due);
      runs.push(
        this.runTrigger(
          'clock-trigger',
          due.handler,
          due.owner,
          due.owner,
          'FULL',
          (b) => clockEvent(b, at, due.uid),
          due.uid,
          this.clockTriggerDocument(due),
        ),
      );
      this.files.recalculate();
    }
    if (target > this.clock.now()) this.clock.set(target);
    this.files.recalculate();
    return runs;
  }

  private clockTriggerDocument(trigger: TriggerRecord): string | null {
    if (this.options.clockTriggersWithoutDocument) return null;
    const id = trigger.documentId;
    return id !== null && this.files.byId(id) ? id : null;
  }

  // ---- inspection ------------------------------------------------------------------------

  get faults(): Faults {
    return this.rt().faults;
  }

  get outbox(): readonly MailRecord[] {
    return this.mail.outbox;
  }

  get log(): string[] {
    const live = this.runtime ? this.runtime.logBook.entries.map(lineOf) : [];
    return [...this.restoredLog, ...live];
  }

  counts(): Record<string, number> {
    return Object.fromEntries([...this.counts_].sort(([a], [b]) => a.localeCompare(b)));
  }

  resetCounts(): void {
    this.counts_.clear();
    if (this.runtime) this.runtime.simulatedMs = 0;
  }

  /** Simulated Apps Script time spent in service calls (latencyMs per call). */
  simulatedMs(): number {
    return this.runtime?.simulatedMs ?? this.restored?.simulatedMs ?? 0;
  }

  /** What `user` may still send today. */
  setQuota(user: string, remaining: number): this {
    this.mail.setRemaining(user.toLowerCase(), remaining, this.clock.now());
    return this;
  }

  remainingQuota(user: string): number {
    return this.mail.remaining(user.toLowerCase(), this.clock.now());
  }

  /** The trigger registry (copies). */
  triggers(): TriggerRecord[] {
    return this.registry.all().map((t) => ({ ...t }));
  }

  executions(): ExecutionRecord[] {
    return [...this.executions_];
  }

  /** `user` installs and authorizes the add-on. */
  authorize(user: string): this {
    this.authorized.add(user.toLowerCase());
    return this;
  }

  toState(): EmulatorState {
    const spreadsheets = this.files.toJSON();
    return {
      version: STATE_VERSION,
      clock: new Date(this.clock.now()).toISOString(),
      scriptTimeZone: this.scriptTimeZone,
      scriptId: this.scriptId,
      user: this.user,
      authorizedUsers: [...this.authorized].sort(),
      spreadsheet: spreadsheets.current,
      otherSpreadsheets: spreadsheets.others,
      properties: this.properties.toJSON(),
      triggers: this.registry.all().map(triggerToState),
      triggerSequence: this.registry.nextSequence,
      mail: this.mail.toJSON(),
      counts: this.counts(),
      simulatedMs: this.simulatedMs(),
      lastCall: this.last,
      ui: structuredClone(this.ui.state),
      executions: this.executions(),
      nextExecutionId: this.runtime?.nextExecutionId ?? this.restored?.nextExecutionId ?? 1,
      log: this.log,
    };
  }
}

/** The few facade methods events need, as the spreadsheet facade provides them. */
interface EventApp {
  getActiveSpreadsheet(): {
    getSheetByName(name: string): {
      getRange(row: number, column: number, numRows: number, numColumns: number): unknown;
    };
  };
}
