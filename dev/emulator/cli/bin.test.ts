// The command as a real process, once (each spawn costs about a second): arguments in, JSON on
// stdout, the exit code set. Everything else about the CLI is tested in-process (main.test.ts).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { codeOf } from '../test/helpers';

it('runs as a process: JSON on stdout, exit code 0', () => {
  const tsx = require.resolve('tsx/cli');
  const bin = join(__dirname, 'bin.ts');
  const args = ['--code', codeOf('services'), '--call', 'sendTo', '--args', '["a@x.example"]'];
  const r = spawnSync(process.execPath, [tsx, bin, ...args, '--summary'], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  expect(JSON.parse(r.stdout).lastCall).toEqual({ name: 'sendTo', ok: true, result: 99 });
});
