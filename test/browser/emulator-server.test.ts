// The emulator-backed bridge without a browser: what google.script.run could not carry is
// caught wherever it hides, and only the add-on's public functions can be called.
import * as vm from 'node:vm';
import { ADDON_CODE_PATH } from '../../dev/addon-bundle';
import { Emulator } from '../../dev/emulator';
import { emulatorServer, unserializable } from './emulator-server';

describe('unserializable', () => {
  it('accepts JSON values', () => {
    expect(unserializable({ a: [1, 'x', null, true, { b: [] }], c: undefined })).toBeNull();
    expect(unserializable(Object.create(null))).toBeNull();
  });

  it('names the path of a Date, from this realm or the script’s', () => {
    expect(unserializable({ plan: { steps: [{ due: new Date(0) }] } })).toBe(
      "result.plan.steps[0].due is a Date (send 'yyyy-MM-dd' or ISO text)",
    );
    const scriptDate: unknown = vm.runInNewContext('new Date(0)');
    expect(scriptDate instanceof Date).toBe(false);
    expect(unserializable([scriptDate])).toMatch(/^result\[0\] is a Date/);
  });

  it('refuses functions, class instances and numbers JSON turns into null', () => {
    expect(unserializable({ f: () => 1 })).toBe('result.f is a function');
    expect(unserializable({ m: new Map() })).toBe('result.m is a Map object');
    expect(unserializable([1, Number.NaN])).toBe('result[1] is NaN');
    expect(unserializable(BigInt(1))).toBe('result is a bigint');
  });
});

describe('emulatorServer', () => {
  const emu = new Emulator({
    codePath: ADDON_CODE_PATH,
    now: '2026-11-02T09:00',
    user: 'sam@vendorly.example',
  }).load();
  const server = emulatorServer(emu);

  it('calls the add-on as the sidebar’s user and returns its JSON', () => {
    emu.as('someone.else@vendorly.example');
    const state = server.handler('getSidebarState', []) as { user: string };
    expect(state.user).toBe('sam@vendorly.example');
    expect(server.violations).toEqual([]);
  });

  it('finds only the add-on’s top-level functions, as Apps Script does', () => {
    expect(() => server.handler('noSuchFunction', [])).toThrow(
      'Script function not found: noSuchFunction',
    );
    expect(() => server.handler('hasOwnProperty', [])).toThrow('Script function not found');
  });

  it('passes the add-on’s own errors through with their message', () => {
    expect(() => server.handler('selectStepRow', [0])).toThrow(/row/i);
  });
});
