// The emulator's command line: `npm run --silent emulate -- <steps>` (see USAGE in cli-args.ts and
// dev/emulator/README.md). Prints JSON on stdout; builds dist/ first when it is missing.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs, USAGE, type CliPlan, type Step } from './cli-args';
import { DEFAULT_CODE_PATH, Emulator, type EmulatorState } from './emulator';
import { ValidationRejection } from './emulator/spreadsheet/validation';

const ROOT = resolve(__dirname, '..');

function ensureBuilt(codePath: string): void {
  if (existsSync(codePath) || codePath !== DEFAULT_CODE_PATH) return;
  // Build output goes to stderr: stdout carries only the JSON.
  const r = spawnSync(process.execPath, [join(ROOT, 'build.mjs'), '--quiet'], {
    cwd: ROOT,
    stdio: ['ignore', 2, 2],
  });
  if (r.status !== 0) throw new Error('Building dist/ failed (node build.mjs)');
}

function createEmulator(plan: CliPlan): Emulator {
  const codePath = plan.code ? resolve(plan.code) : DEFAULT_CODE_PATH;
  ensureBuilt(codePath);
  // A --now before any other step sets the starting clock (so a new spreadsheet starts then).
  const first = plan.steps[0];
  const now = first?.kind === 'now' ? first.value : undefined;
  if (plan.workbook) {
    const state = JSON.parse(readFileSync(plan.workbook, 'utf8')) as EmulatorState;
    const emu = Emulator.fromState(state, { codePath, scriptTimeZone: plan.scriptTz, now });
    if (plan.tz && plan.tz !== emu.workbook.timeZone) {
      throw new Error(
        `--tz applies to a new spreadsheet; ${plan.workbook} is in ${emu.workbook.timeZone}`,
      );
    }
    return emu;
  }
  return new Emulator({ codePath, timeZone: plan.tz, scriptTimeZone: plan.scriptTz, now });
}

function runStep(emu: Emulator, step: Step): void {
  switch (step.kind) {
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
        process.stderr.write(
          `emulate: --edit ${step.sheetName}!${step.a1} rejected: ${e.message}\n`,
        );
      }
      return;
    case 'call':
      try {
        emu.call(step.name, ...step.args);
      } catch {
        // Recorded in lastCall (message and stack); the run goes on, as a user would.
      }
      return;
  }
}

function summary(state: EmulatorState) {
  const sheet = state.spreadsheet as unknown as {
    id?: string;
    name?: string;
    timeZone?: string;
    sheets?: { name: string }[];
  };
  return {
    clock: state.clock,
    user: state.user,
    spreadsheet: {
      id: sheet.id,
      name: sheet.name,
      timeZone: sheet.timeZone,
      sheets: (sheet.sheets ?? []).map((s) => s.name),
    },
    scriptTimeZone: state.scriptTimeZone,
    lastCall: state.lastCall && {
      name: state.lastCall.name,
      ok: state.lastCall.ok,
      ...(state.lastCall.ok
        ? { result: state.lastCall.result }
        : { error: state.lastCall.error?.message }),
    },
    triggers: state.triggers.map((t) => ({
      handler: t.handler,
      eventType: t.eventType,
      owner: t.owner,
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

export function main(argv: string[]): number {
  let plan: CliPlan;
  try {
    plan = parseArgs(argv);
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  if (plan.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  try {
    const emu = createEmulator(plan).load();
    for (const step of plan.steps) runStep(emu, step);
    const state = emu.toState();
    if (plan.out) writeFileSync(plan.out, `${JSON.stringify(state, null, 2)}\n`);
    process.stdout.write(`${JSON.stringify(plan.summary ? summary(state) : state, null, 2)}\n`);
    return 0;
  } catch (e) {
    process.stderr.write(`emulate: ${(e as Error).message}\n`);
    return 1;
  }
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
