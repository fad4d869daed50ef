import { join } from 'node:path';
import { Emulator, type EmulatorOptions } from '../../dev/emulator';

export const FIXTURES = join(__dirname, 'fixtures');

export const codeOf = (name: string) => join(FIXTURES, name, 'Code.js');

/** An emulator running a fixture project (test/emulator/fixtures/<name>/Code.js). */
export function fixture(name: string, options: EmulatorOptions = {}): Emulator {
  return new Emulator({
    codePath: codeOf(name),
    now: '2024-03-04T09:00:00Z',
    ...options,
  }).load();
}
