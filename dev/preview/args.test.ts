import { join, resolve } from 'node:path';
import { DEFAULT_PORT, parseArgs } from './args';

const ROOT = '/repo';

describe('npm start arguments', () => {
  it('defaults to port 4173 and the state file under .preview/ at the repository root', () => {
    expect(parseArgs([], ROOT)).toEqual({
      port: DEFAULT_PORT,
      reset: false,
      demo: false,
      stateFile: join(ROOT, '.preview', 'state.json'),
      help: false,
    });
    expect(DEFAULT_PORT).toBe(4173);
  });

  it('reads each option, with its value after a space or an equals sign', () => {
    expect(parseArgs(['--port', '4180', '--demo', '--state', 'x/s.json'], ROOT)).toMatchObject({
      port: 4180,
      demo: true,
      stateFile: resolve('x/s.json'),
    });
    expect(parseArgs(['--port=0', '--reset'], ROOT)).toMatchObject({ port: 0, reset: true });
    expect(parseArgs(['-h'], ROOT).help).toBe(true);
  });

  it('refuses what it cannot use, saying why', () => {
    expect(() => parseArgs(['--port', 'eighty'], ROOT)).toThrow(
      '--port needs a number from 0 to 65535, not "eighty"',
    );
    expect(() => parseArgs(['--port', '70000'], ROOT)).toThrow('not "70000"');
    expect(() => parseArgs(['--port', '-1'], ROOT)).toThrow('not "-1"');
    expect(() => parseArgs(['--port'], ROOT)).toThrow('--port needs a value');
    expect(() => parseArgs(['--state', '--demo'], ROOT)).toThrow('--state needs a value');
    expect(() => parseArgs(['--demo', '--reset'], ROOT)).toThrow('not both');
    expect(() => parseArgs(['--prot', '1'], ROOT)).toThrow(
      /Unknown option --prot[\s\S]*Usage: npm start/,
    );
  });
});
