import { join } from 'node:path';
import { Emulator, type EmulatorOptions } from '..';
import { main } from '../cli/main';

export const FIXTURES = join(__dirname, 'fixtures');

export const codeOf = (name: string) => join(FIXTURES, name, 'Code.js');

/** An emulator running a fixture project (fixtures/<name>/Code.js beside this file). */
export function fixture(name: string, options: Partial<EmulatorOptions> = {}): Emulator {
  return new Emulator({
    codePath: codeOf(name),
    now: '2024-03-04T09:00:00Z',
    ...options,
  }).load();
}

export interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
}

/** The CLI's main(argv), in-process, with its output captured. */
export function runCli(argv: string[], cwd?: string): CliRun {
  const run = { status: 0, stdout: '', stderr: '' };
  run.status = main(argv, {
    stdout: (text) => (run.stdout += text),
    stderr: (text) => (run.stderr += text),
    cwd,
  });
  return run;
}
