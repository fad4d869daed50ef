// Apps Script: the script's time zone (appsscript.json) governs Date's local methods.
// https://developers.google.com/apps-script/concepts/manifests (timeZone)
// https://developers.google.com/apps-script/reference/base/session#getScriptTimeZone()
import * as vm from 'node:vm';
import { installScriptDate } from './script-date';

function contextWith(timeZone: string, now: number) {
  const context = vm.createContext({});
  const global = vm.runInContext('globalThis', context);
  installScriptDate(global, timeZone, () => now);
  return (code: string) => vm.runInContext(code, context);
}

const NOW = Date.UTC(2024, 2, 10, 6, 30); // 10 Mar 2024 06:30Z: 01:30 EST, just before the DST jump

describe('the script Date', () => {
  it('reads the virtual clock', () => {
    const run = contextWith('Etc/UTC', NOW);
    expect(run('Date.now()')).toBe(NOW);
    expect(run('new Date().getTime()')).toBe(NOW);
    expect(run('typeof Date()')).toBe('string');
  });

  it('computes local fields in the script zone, whatever the process TZ', () => {
    const run = contextWith('America/New_York', NOW);
    expect(
      run(
        'var d = new Date(); [d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes(), d.getDay(), d.getTimezoneOffset()]',
      ),
    ).toEqual([2024, 2, 10, 1, 30, 0, 300]);
    expect(run('new Date().toString()')).toBe(
      'Sun Mar 10 2024 01:30:00 GMT-0500 (Eastern Standard Time)',
    );
  });

  it('builds dates from local components in the script zone, across DST', () => {
    const run = contextWith('America/New_York', NOW);
    expect(run('new Date(2024, 2, 10, 12).getTime()')).toBe(Date.UTC(2024, 2, 10, 16));
    expect(run('new Date(2024, 0, 31 + 1).toDateString()')).toBe('Thu Feb 01 2024');
    // Setters roll over and land on the local wall time after the jump.
    expect(run('var d = new Date(2024, 2, 9, 12); d.setDate(d.getDate() + 1); d.getTime()')).toBe(
      Date.UTC(2024, 2, 10, 16),
    );
    expect(run('var e = new Date(2024, 2, 10); e.setHours(24, 0, 0, 0); e.getDate()')).toBe(11);
  });

  it('parses zone-less strings as script-local, and the rest as written', () => {
    const run = contextWith('Asia/Tokyo', NOW);
    expect(run("new Date('2024-03-04T09:00:00').getTime()")).toBe(Date.UTC(2024, 3 - 1, 4, 0));
    expect(run("Date.parse('2024-03-04')")).toBe(Date.UTC(2024, 2, 4));
    expect(run("Date.parse('2024-03-04T09:00:00Z')")).toBe(Date.UTC(2024, 2, 4, 9));
    expect(run("new Date('nonsense').getTime()")).toBeNaN();
  });

  it('keeps instanceof and the constructor working in the context', () => {
    const run = contextWith('Etc/UTC', NOW);
    expect(run('new Date() instanceof Date')).toBe(true);
    expect(run('new Date(0).constructor === Date')).toBe(true);
    expect(run('class D extends Date {}; new D(5) instanceof Date && new D(5).getTime()')).toBe(5);
    expect(run("new Date(0).toLocaleDateString('en-US')")).toBe('1/1/1970');
  });
});
