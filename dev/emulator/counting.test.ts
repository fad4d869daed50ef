// The boundary between the script's realm and the host's, and call counting.
// https://developers.google.com/apps-script/guides/v8-runtime (scripts run in V8; Dates are Dates)
import * as vm from 'node:vm';
import { Boundary } from './counting';
import { KIND } from './kind';
import { createRealm } from './realm';

class Range {
  readonly [KIND] = 'Range';
  written: unknown[][] = [];
  getValues() {
    return [[1, 'a', new Date(Date.UTC(2024, 0, 2))]];
  }
  setValues(values: unknown[][]) {
    this.written = values;
    return this;
  }
  getSheet() {
    return new Sheet();
  }
  fail() {
    throw new Error('Invalid argument: x');
  }
}
class Sheet {
  readonly [KIND] = 'Sheet';
  getName() {
    return 'MAP';
  }
}

function setup() {
  const realm = createRealm('Etc/UTC', () => 0);
  const calls: string[] = [];
  const boundary = new Boundary(realm, (kind, method) => {
    calls.push(`${kind}.${method}`);
    if (method === 'forbidden')
      throw new Error('You do not have permission to call Range.forbidden.');
  });
  const range = new Range();
  realm.global.range = boundary.wrap(range);
  const run = (code: string) => vm.runInContext(code, realm.context);
  return { realm, boundary, calls, range, run };
}

describe('Boundary', () => {
  it('counts each method call as Kind.method, through returned objects too', () => {
    const { run, calls } = setup();
    expect(run('range.getSheet().getName()')).toBe('MAP');
    run('range.getValues(); range.getValues()');
    expect(calls).toEqual([
      'Range.getSheet',
      'Sheet.getName',
      'Range.getValues',
      'Range.getValues',
    ]);
  });

  it('hands the script its own realm: Dates and arrays pass instanceof there', () => {
    const { run } = setup();
    expect(
      run(
        'var v = range.getValues(); v instanceof Array && v[0] instanceof Array && v[0][2] instanceof Date',
      ),
    ).toBe(true);
    expect(run('range.getValues()[0][2].getTime()')).toBe(Date.UTC(2024, 0, 2));
  });

  it('hands the host its realm: arguments are rebuilt with host Date and Array', () => {
    const { run, range } = setup();
    run('range.setValues([[new Date(5), "x"]])');
    expect(range.written[0][0]).toBeInstanceOf(Date);
    expect(Array.isArray(range.written) && range.written instanceof Array).toBe(true);
    expect((range.written[0][0] as Date).getTime()).toBe(5);
  });

  it('returns the same proxy for the same object, and unwraps it on the way back', () => {
    const { run, boundary, range } = setup();
    expect(run('range.setValues([]) === range')).toBe(true);
    expect(boundary.unwrap(run('range'))).toBe(range);
  });

  it('throws "not emulated" for members the object lacks, but lets probes through', () => {
    const { run } = setup();
    expect(() => run('range.getNotes()')).toThrow('not emulated: Range.getNotes');
    expect(run('range.then === undefined && range.toJSON === undefined')).toBe(true);
    expect(run('typeof range.toString')).toBe('function');
  });

  it('shows no own data to the script, as Apps Script objects do', () => {
    const { run } = setup();
    expect(run('JSON.stringify(range)')).toBe('{}');
    expect(run('Object.keys(range).length')).toBe(0);
    expect(run('typeof range.getValues')).toBe('function');
  });

  it('turns service errors into the script realm, catchable as Error', () => {
    const { run, calls } = setup();
    expect(
      run('try { range.fail() } catch (e) { [e instanceof Error, e.name, e.message].join("|") }'),
    ).toBe('true|Exception|Invalid argument: x');
    expect(calls).toContain('Range.fail');
  });

  it('lets the gate refuse a call before it runs', () => {
    const realm = createRealm('Etc/UTC', () => 0);
    let ran = false;
    const target = {
      [KIND]: 'MailApp',
      sendEmail: () => {
        ran = true;
      },
    };
    const boundary = new Boundary(realm, () => {
      throw new Error('refused');
    });
    realm.global.MailApp = boundary.wrap(target);
    expect(() => vm.runInContext('MailApp.sendEmail()', realm.context)).toThrow('refused');
    expect(ran).toBe(false);
  });
});
