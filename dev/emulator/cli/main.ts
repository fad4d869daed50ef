// The emulator's command line (see USAGE in args.ts and ../README.md): `main` runs one command
// in-process and returns its exit code; bin.ts is the process around it. Prints JSON on stdout.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Emulator, type EmulatorState, type SavedState } from '..';
import { ValidationRejection } from '../spreadsheet/validation';
import { parseArgs, USAGE, type CliPlan, type Step } from './args';

/** Where output goes and where relative paths start. Default: this process's. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd?: string;
}

const PROCESS_IO: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/** The bundle run when --code is not given, relative to the working directory. */
export const DEFAULT_BUNDLE = join('dist', 'Code.js');

/** The default bundle is built with the project's own `npm run build` when it is missing. */
function ensureBuilt(codePath: string, cwd: string, io: CliIo): void {
  if (existsSync(codePath)) return;
  const pkg = join(cwd, 'package.json');
  const scripts = existsSync(pkg)
    ? (JSON.parse(readFileSync(pkg, 'utf8')) as { scripts?: Record<string, string> }).scripts
    : undefined;
  if (!scripts?.build) return; // load() then says the bundle is missing
  // Build output goes to stderr: stdout carries only the JSON.
  const r = spawnSync('npm', ['run', '--silent', 'build'], { cwd, encoding: 'utf8' });
  io.stderr(`${r.stdout ?? ''}${r.stderr ?? ''}`);
  if (r.status !== 0) throw new Error(`Building ${DEFAULT_BUNDLE} failed (npm run build)`);
}

function createEmulator(plan: CliPlan, cwd: string, io: CliIo): Emulator {
  const codePath = resolve(cwd, plan.code ?? DEFAULT_BUNDLE);
  if (plan.code === undefined) ensureBuilt(codePath, cwd, io);
  // A --now before any other step sets the starting clock (so a new spreadsheet starts then).
  const first = plan.steps.find((s) => s.kind !== 'tz');
  const now = first?.kind === 'now' ? first.value : undefined;
  const options = {
    codePath,
    scriptTimeZone: plan.scriptTz,
    now,
    clockTriggersWithoutDocument: plan.clockWithoutDocument,
    intlZones: plan.intlZones,
  };
  if (plan.workbook) {
    const file = resolve(cwd, plan.workbook);
    const state = JSON.parse(readFileSync(file, 'utf8')) as SavedState;
    const emu = Emulator.fromState(state, options);
    const creates = plan.steps.some((s) => s.kind === 'spreadsheet');
    if (plan.tz && !creates && plan.tz !== emu.workbook.timeZone) {
      throw new Error(
        `--tz applies to a new spreadsheet; ${plan.workbook} is in ${emu.workbook.timeZone}`,
      );
    }
    return emu;
  }
  return new Emulator({ ...options, timeZone: plan.tz });
}

/** What the steps carry from one to the next: the zone for new spreadsheets, each call's record. */
interface RunContext {
  zone: string | undefined;
  calls: CallSummary[];
}

/** A --call as the summary reports it: which spreadsheet it ran in, and what it came to. */
interface CallSummary {
  name: string;
  spreadsheet: string;
  user: string;
  ok: boolean;
  result?: unknown;
  error?: string;
}

function runStep(emu: Emulator, step: Step, run: RunContext, io: CliIo): void {
  switch (step.kind) {
    case 'tz':
      run.zone = step.timeZone;
      return;
    case 'spreadsheet': {
      // A zone is for a spreadsheet this step creates; an existing one keeps its own.
      const exists = emu.spreadsheets().some((s) => s.name === step.name);
      emu.useSpreadsheet(step.name, exists ? {} : { timeZone: run.zone });
      return;
    }
    case 'now':
      emu.setNow(step.value);
      return;
    case 'advance':
      emu.advance(step.value);
      return;
    case 'as':
      emu.as(step.user);
      return;
    case 'quota':
      emu.setQuota(emu.currentUser, step.remaining);
      return;
    case 'open':
      emu.open({ authMode: step.authMode });
      return;
    case 'edit':
      try {
        emu.edit(`'${step.sheetName.replace(/'/g, "''")}'!${step.a1}`, step.text);
      } catch (e) {
        // Sheets' dialog: the edit is refused and the user goes on, so the run does too.
        if (!(e instanceof ValidationRejection)) throw e;
        io.stderr(`emulate: --edit ${step.sheetName}!${step.a1} rejected: ${e.message}\n`);
      }
      return;
    case 'call': {
      try {
        emu.call(step.name, ...step.args);
      } catch {
        // Recorded in lastCall (message and stack); the run goes on, as a user would.
      }
      const last = emu.lastCall;
      if (last) {
        run.calls.push({
          name: last.name,
          spreadsheet: emu.workbook.name,
          user: last.user,
          ok: last.ok,
          ...(last.ok ? { result: last.result } : { error: last.error?.message }),
        });
      }
      return;
    }
  }
}

function summary(state: EmulatorState, calls: CallSummary[]) {
  const current = state.spreadsheet;
  return {
    clock: state.clock,
    user: state.user,
    spreadsheet: {
      id: current.id,
      name: current.name,
      timeZone: current.timeZone,
      sheets: (current.sheets ?? []).map((s) => s.name),
    },
    // Every spreadsheet, the current one first.
    spreadsheets: [current, ...state.otherSpreadsheets].map((s) => ({
      id: s.id,
      name: s.name,
      timeZone: s.timeZone,
    })),
    scriptTimeZone: state.scriptTimeZone,
    lastCall: state.lastCall && {
      name: state.lastCall.name,
      ok: state.lastCall.ok,
      ...(state.lastCall.ok
        ? { result: state.lastCall.result }
        : { error: state.lastCall.error?.message }),
    },
    // Every --call of this run, in order (lastCall is the last of them, or of an earlier run).
    results: calls,
    triggers: state.triggers.map((t) => ({
      handler: t.handler,
      eventType: t.eventType,
      owner: t.owner,
      documentId: t.documentId,
      ...(t.nextRunAt !== undefined ? { nextRunAt: t.nextRunAt } : {}),
    })),
    outbox: state.mail.outbox.map((m) => ({
      from: m.from,
      to: m.to,
      subject: m.subject,
      sentAt: m.sentAt,
    })),
    calls: Object.values(state.counts).reduce((a, b) => a + b, 0),
    failedExecutions: state.executions
      .filter((e) => !e.ok)
      .map((e) => `${e.functionName}: ${e.error}`),
    log: state.log.slice(-10),
  };
}

/**
 * Runs one command line (without the program name) and returns its exit code: 0 ran, 1 could
 * not run, 2 bad arguments. Never exits the process.
 */
export function main(argv: string[], io: CliIo = PROCESS_IO): number {
  const cwd = io.cwd ?? process.cwd();
  let plan: CliPlan;
  try {
    plan = parseArgs(argv);
  } catch (e) {
    io.stderr(`${(e as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  if (plan.help) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  try {
    const emu = createEmulator(plan, cwd, io).load();
    const run: RunContext = { zone: plan.tz, calls: [] };
    for (const step of plan.steps) runStep(emu, step, run, io);
    const state = emu.toState();
    if (plan.out) writeFileSync(resolve(cwd, plan.out), `${JSON.stringify(state, null, 2)}\n`);
    io.stdout(`${JSON.stringify(plan.summary ? summary(state, run.calls) : state, null, 2)}\n`);
    return 0;
  } catch (e) {
    io.stderr(`emulate: ${(e as Error).message}\n`);
    return 1;
  }
}
