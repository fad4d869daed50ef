// The engine under the Emulator: the host-side state of every service, and `run`, which performs
// one execution the way Apps Script does — a fresh V8 context, the service globals installed, the
// whole bundle evaluated, then the one function called.
import * as vm from 'node:vm';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { refusal } from './auth';
import { VirtualClock } from './clock';
import { Boundary } from './counting';
import { ExecutionStack, infoOf, type Execution, type ExecutionInfo } from './execution';
import { ExecutionKilled, Faults } from './faults';
import { LockTable } from './lock';
import { LogBook } from './logger';
import { MailSystem } from './mail';
import { PropertyStores } from './properties';
import type { IntlZones } from './intl-zones';
import { createRealm } from './realm';
import { createServices, type ServiceSet } from './services';
import { createSpreadsheetApp, type Workbook } from './spreadsheet';
import type { SpreadsheetFiles } from './spreadsheet-files';
import { TriggerRegistry } from './triggers';
import { UiRecorder } from './ui';

export const NOT_FROM_THIS_CONTEXT = 'Cannot call SpreadsheetApp.getUi() from this context.';
const INVOKE = '__mapEmulatorInvoke__';
const MAX_EXECUTION_RECORDS = 500;

export interface ExecutionRecord extends ExecutionInfo {
  startedAt: string;
  endedAt: string;
  ok: boolean;
  error?: string;
  calls: number;
  simulatedMs: number;
}

export interface RunOutcome {
  ok: boolean;
  value?: unknown;
  error?: Error;
  execution: ExecutionInfo;
}

export interface RuntimeParts {
  code: string;
  codePath: string;
  scriptTimeZone: string;
  manifestScopes?: string[];
  /** How the script's Intl treats time zones (see intl-zones.ts). */
  intlZones?: IntlZones;
  scriptId: string;
  isAddOn: boolean;
  latencyMs: number;
  /** Real-time guard against runaway loops, per execution. */
  timeoutMs: number;
  clock: VirtualClock;
  files: SpreadsheetFiles;
  properties: PropertyStores;
  mail: MailSystem;
  triggers: TriggerRegistry;
  authorized: Set<string>;
  ui: UiRecorder;
  counts: Map<string, number>;
  simulatedMs: number;
  executions: ExecutionRecord[];
  nextExecutionId: number;
}

/** An error thrown in the script, rebuilt in the host realm with its message and stack. */
export function hostError(error: unknown): Error {
  if (error instanceof Error) return error;
  if (error !== null && typeof error === 'object' && 'message' in error) {
    const e = error as { name?: string; message: string; stack?: string };
    const out = new Error(String(e.message));
    if (e.name) out.name = String(e.name);
    if (e.stack) out.stack = String(e.stack);
    return out;
  }
  return new Error(String(error));
}

export class Runtime {
  readonly clock: VirtualClock;
  readonly files: SpreadsheetFiles;
  readonly properties: PropertyStores;
  readonly mail: MailSystem;
  readonly triggers: TriggerRegistry;
  readonly ui: UiRecorder;
  readonly locks = new LockTable();
  readonly faults = new Faults();
  readonly counts: Map<string, number>;
  readonly executions: ExecutionRecord[];
  readonly logBook: LogBook;
  readonly authorized: Set<string>;
  readonly scriptId: string;
  readonly isAddOn: boolean;
  scriptTimeZone: string;
  latencyMs: number;
  simulatedMs: number;
  private readonly stack: ExecutionStack;
  private readonly script: vm.Script;
  private readonly codeDir: string;
  readonly manifestScopes?: string[];
  private readonly intlZones: IntlZones;
  private readonly timeoutMs: number;
  private readonly services: ServiceSet;
  /** The SpreadsheetApp facade (host side: calls made on it directly count nothing). */
  readonly spreadsheetApp: object;

  constructor(parts: RuntimeParts) {
    this.clock = parts.clock;
    this.files = parts.files;
    this.properties = parts.properties;
    this.mail = parts.mail;
    this.triggers = parts.triggers;
    this.ui = parts.ui;
    this.counts = parts.counts;
    this.executions = parts.executions;
    this.authorized = parts.authorized;
    this.scriptId = parts.scriptId;
    this.isAddOn = parts.isAddOn;
    this.scriptTimeZone = parts.scriptTimeZone;
    this.latencyMs = parts.latencyMs;
    this.simulatedMs = parts.simulatedMs;
    this.manifestScopes = parts.manifestScopes;
    this.intlZones = parts.intlZones ?? 'agree';
    this.timeoutMs = parts.timeoutMs;
    this.codeDir = dirname(parts.codePath);
    this.stack = new ExecutionStack(parts.nextExecutionId);
    this.logBook = new LogBook({
      now: () => this.clock.now(),
      execution: () => this.currentOrNull(),
    });
    // Compiled once; evaluated afresh in every execution, as Apps Script loads the project anew.
    this.script = new vm.Script(parts.code, { filename: parts.codePath });
    const spreadsheetApp = (this.spreadsheetApp = createSpreadsheetApp(() => this.activeBook(), {
      // The script acts with its effective user's rights (a trigger's owner).
      user: () => this.current().effectiveUser,
      getUi: () => {
        if (this.current().kind === 'clock-trigger') throw new Error(NOT_FROM_THIS_CONTEXT);
        return this.services.ui as unknown as GoogleAppsScript.Base.Ui;
      },
      fileById: (id) => this.files.byId(id),
    }));
    this.services = createServices(this, spreadsheetApp);
  }

  get nextExecutionId(): number {
    return this.stack.peekNextId;
  }

  current(): Execution {
    return this.stack.current();
  }

  currentOrNull(): Execution | null {
    const all = this.stack.active();
    return all[all.length - 1] ?? null;
  }

  /** The running execution's document; null when it runs without one. */
  documentId(): string | null {
    return this.current().documentId;
  }

  /** The running execution's spreadsheet (SpreadsheetApp.getActiveSpreadsheet()). */
  activeBook(): Workbook | null {
    const id = this.current().documentId;
    return id === null ? null : (this.files.byId(id) ?? null);
  }

  isRunning(executionId: number): boolean {
    return this.stack.active().some((e) => e.id === executionId);
  }

  isAuthorized(user: string): boolean {
    return this.authorized.has(user);
  }

  readHtmlFile(name: string): string | undefined {
    try {
      return readFileSync(join(this.codeDir, `${name}.html`), 'utf8');
    } catch {
      return undefined;
    }
  }

  /** Before every counted call: count, delay, hooks and faults, then the authorization rules. */
  private gate(kind: string, method: string): void {
    const execution = this.current();
    if (execution.killed) throw execution.killed;
    const key = `${kind}.${method}`;
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    execution.calls += 1;
    execution.simulatedMs += this.latencyMs;
    this.simulatedMs += this.latencyMs;
    try {
      this.faults.before({ key, execution: infoOf(execution) });
    } catch (error) {
      if (error instanceof ExecutionKilled) execution.killed = error;
      throw error;
    }
    const refused = refusal(execution.authMode, kind, method, this.manifestScopes);
    if (refused) throw new Error(refused);
  }

  /**
   * Runs `functionName` as one execution. `makeArgs` builds its arguments with the execution's
   * boundary (so event objects carry proxies of this execution). Never throws for script errors:
   * the outcome says what happened.
   */
  run(
    spec: Omit<Execution, 'id' | 'calls' | 'simulatedMs' | 'startedAt' | 'killed'>,
    makeArgs: (boundary: Boundary) => unknown[] = () => [],
  ): RunOutcome {
    const execution = this.stack.begin(spec, this.clock.now());
    let outcome: RunOutcome;
    try {
      const value = this.evaluate(execution, makeArgs);
      if (execution.killed) throw execution.killed;
      outcome = { ok: true, value, execution: infoOf(execution) };
    } catch (error) {
      const e = execution.killed ?? hostError(error);
      outcome = { ok: false, error: e, execution: infoOf(execution) };
      this.logBook.add('ERROR', `${spec.functionName} failed: ${e.message}`, execution);
    } finally {
      this.locks.releaseAll(execution.id);
      this.stack.end(execution);
    }
    this.record(execution, outcome);
    return outcome;
  }

  /** Loads the bundle into a fresh context and calls the function; returns its host-side result. */
  private evaluate(execution: Execution, makeArgs: (boundary: Boundary) => unknown[]): unknown {
    const realm = createRealm(this.scriptTimeZone, () => this.clock.now(), this.intlZones);
    const boundary = new Boundary(realm, (kind, method) => this.gate(kind, method));
    for (const [name, service] of Object.entries(this.services.globals)) {
      realm.global[name] = boundary.wrap(service);
    }
    const console = new realm.Object() as Record<string, unknown>;
    Object.assign(console, this.services.console);
    realm.global.console = console;
    this.script.runInContext(realm.context, { timeout: this.timeoutMs });
    if (execution.kind === 'load') {
      // Loading alone: report the top-level functions the bundle declares.
      return Object.keys(realm.global).filter(
        (k) => typeof realm.global[k] === 'function' && !(k in this.services.globals),
      );
    }
    const fn = realm.global[execution.functionName];
    if (typeof fn !== 'function') {
      throw new Error(`Script function not found: ${execution.functionName}`);
    }
    const args = makeArgs(boundary);
    Object.defineProperty(realm.global, INVOKE, {
      value: () => (fn as (...a: unknown[]) => unknown)(...args),
      configurable: true,
    });
    const result = vm.runInContext(`${INVOKE}()`, realm.context, { timeout: this.timeoutMs });
    return boundary.toHost(result);
  }

  private record(execution: Execution, outcome: RunOutcome): void {
    const record: ExecutionRecord = {
      ...infoOf(execution),
      startedAt: new Date(execution.startedAt).toISOString(),
      endedAt: new Date(this.clock.now()).toISOString(),
      ok: outcome.ok,
      calls: execution.calls,
      simulatedMs: execution.simulatedMs,
    };
    if (outcome.error) record.error = outcome.error.message;
    this.executions.push(record);
    if (this.executions.length > MAX_EXECUTION_RECORDS) this.executions.shift();
  }
}
