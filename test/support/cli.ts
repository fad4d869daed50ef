// The emulator's command line as `npm run --silent emulate -- ...` runs it from the repository's
// root, but in-process (dev/emulator/cli/main.ts): the same arguments, output and exit code
// without a second's process start per run. dev/emulator/cli/bin.test.ts spawns it once.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EmulatorState } from '../../dev/emulator';
import { main } from '../../dev/emulator/cli/main';
import type { SheetState } from '../../dev/emulator/spreadsheet';

const ROOT = join(__dirname, '..', '..');

/** One `--call` of a run, as `--summary` lists it under `results`. */
export interface CliCallResult {
  name: string;
  spreadsheet: string;
  ok: boolean;
  result?: unknown;
  error?: string;
}

export interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
}

/** One command line, its output captured. */
export function emulate(args: string[]): CliRun {
  const run: CliRun = { status: 0, stdout: '', stderr: '' };
  run.status = main(args, {
    stdout: (text) => (run.stdout += text),
    stderr: (text) => (run.stderr += text),
    cwd: ROOT,
  });
  return run;
}

/** A run that must succeed: its printed JSON (the state, or the summary with --summary). */
export function emulateJson<T>(args: string[]): T {
  const run = emulate(args);
  if (run.status !== 0) throw new Error(`emulate exited ${run.status}: ${run.stderr}`);
  return JSON.parse(run.stdout) as T;
}

/** A run that must succeed, saving its state to `out` (the next run's --workbook): that state. */
export function emulateTo(out: string, ...args: string[]): EmulatorState {
  emulateJson([...args, '--out', out, '--summary']);
  return JSON.parse(readFileSync(out, 'utf8')) as EmulatorState;
}

/** A fresh folder for a test file's state files. */
export function stateDir(): (name: string) => string {
  const dir = mkdtempSync(join(tmpdir(), 'map-cli-'));
  return (name) => join(dir, name);
}

/** A tab of a saved state, by name. */
export function tabOf(state: EmulatorState, name: string): SheetState {
  const sheets = (state.spreadsheet as unknown as { sheets: SheetState[] }).sheets;
  const found = sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no tab ${name}`);
  return found;
}
