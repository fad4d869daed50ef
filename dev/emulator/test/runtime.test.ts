// The emulator's runtime with fixture projects: realms, counting, users, auth modes, errors.
// https://developers.google.com/apps-script/guides/v8-runtime
// https://developers.google.com/apps-script/reference/base/session
// https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle
import { fixture } from './helpers';

describe('running a project', () => {
  it('evaluates the bundle afresh for every execution, as Apps Script does', () => {
    const emu = fixture('services');
    expect(emu.call('rememberInGlobal')).toBe(1);
    expect(emu.call('rememberInGlobal')).toBe(1);
  });

  it('converts values both ways so instanceof Date and Array hold on each side', () => {
    const emu = fixture('services');
    const result = emu.call('realmCheck', {
      list: [1, 2],
      when: new Date(Date.UTC(2031, 0, 1)),
    }) as {
      argIsArray: boolean;
      argDateOk: boolean;
      argYear: number;
      now: Date;
      nested: unknown[][];
    };
    expect(result.argIsArray).toBe(true);
    expect(result.argDateOk).toBe(true);
    expect(result.argYear).toBe(2031);
    expect(result.now).toBeInstanceOf(Date);
    expect(result.now.toISOString()).toBe('2024-03-04T09:00:00.000Z');
    expect(Array.isArray(result.nested) && result.nested instanceof Array).toBe(true);
    expect(result.nested[0][0]).toBeInstanceOf(Date);
  });

  it('runs as the chosen user, with the script zone from appsscript.json', () => {
    const emu = fixture('services');
    expect(emu.call('whoAmI')).toEqual({
      active: 'owner@vendor.example',
      effective: 'owner@vendor.example',
      scriptTimeZone: 'Asia/Tokyo',
      localHour: 18, // 09:00Z in Tokyo
    });
    expect(emu.callAs('se@vendor.example', 'whoAmI')).toMatchObject({
      active: 'se@vendor.example',
    });
    emu.as('ae@vendor.example');
    expect(emu.call('whoAmI')).toMatchObject({ effective: 'ae@vendor.example' });
    expect(fixture('services', { scriptTimeZone: 'America/Chicago' }).call('whoAmI')).toMatchObject(
      {
        scriptTimeZone: 'America/Chicago',
        localHour: 3,
      },
    );
  });

  it('counts every service call by Kind.method and adds simulated latency', () => {
    const emu = fixture('services', { latencyMs: 40 });
    emu.resetCounts();
    emu.call('writeCell', 'A1', 'x');
    emu.call('readA1');
    expect(emu.counts()).toEqual({
      'Range.getValue': 1,
      'Range.setValue': 1,
      'Sheet.getRange': 2,
      'SpreadsheetApp.getActiveSheet': 2,
    });
    expect(emu.simulatedMs()).toBe(6 * 40);
    emu.resetCounts();
    expect(emu.counts()).toEqual({});
  });

  it('throws "not emulated" for members and services it lacks', () => {
    const emu = fixture('services');
    expect(() => emu.call('missingRangeMethod')).toThrow('not emulated: Range.getNoteXyz');
    expect(() => emu.call('useGmail')).toThrow('not emulated: GmailApp.getInboxThreads');
  });

  it("reports the script's error with its message and stack, and records it", () => {
    const emu = fixture('services');
    expect(() => emu.call('throwIt')).toThrow('boom');
    expect(emu.lastCall).toMatchObject({ name: 'throwIt', ok: false, error: { message: 'boom' } });
    expect(emu.lastCall?.error?.stack).toMatch(/throwIt/);
    expect(() => emu.call('noSuchFunction')).toThrow('Script function not found: noSuchFunction');
  });

  it('records Logger and console output with the virtual time', () => {
    const emu = fixture('services');
    expect(emu.call('logSomething')).toBe('hello world');
    const lines = emu.log.filter((l) => l.includes('logSomething'));
    expect(lines[0]).toMatch(/^2024-03-04T09:00:00.000Z INFO \[#\d+ logSomething\] hello world$/);
    expect(lines[1]).toContain('from console {"a":1}');
  });

  it('sleeps and formats on the virtual clock', () => {
    const emu = fixture('services');
    expect(emu.call('sleepTwoSeconds')).toBe(2000);
    expect(emu.now().toISOString()).toBe('2024-03-04T09:00:02.000Z');
    expect(emu.call('formatNow', 'yyyy-MM-dd HH:mm z')).toBe('2024-03-04 18:00 JST');
  });

  it('refuses what the manifest does not grant', () => {
    const emu = fixture('scoped');
    expect(emu.call('readName')).toBe('Untitled spreadsheet');
    expect(() => emu.call('mail')).toThrow(
      'You do not have permission to call MailApp.sendEmail. Required permissions: https://www.googleapis.com/auth/script.send_mail',
    );
  });
});

describe('onOpen and authorization modes', () => {
  it('builds the menu in AuthMode.NONE, and e.authMode tells the mode', () => {
    const emu = fixture('services');
    const [run] = emu.open({ authMode: 'NONE' });
    expect(run.ok).toBe(true);
    expect(emu.ui.state.menus).toEqual([
      {
        caption: null,
        items: [{ type: 'item', caption: 'Open sidebar', functionName: 'showSidebar' }],
      },
    ]);
    emu.open({ authMode: 'LIMITED' });
    expect(emu.ui.state.menus[0].items[1]).toMatchObject({ caption: 'Mode LIMITED' });
  });

  it('makes only the menu calls for the menu in NONE', () => {
    const emu = fixture('services');
    emu.resetCounts();
    const outcome = emu.open({ authMode: 'NONE' });
    expect(outcome[0].ok).toBe(true);
    expect(Object.keys(emu.counts()).sort()).toEqual([
      'Menu.addItem',
      'Menu.addToUi',
      'SpreadsheetApp.getUi',
      'Ui.createAddonMenu',
    ]);
  });

  it('throws the authorization error for anything but the menu in NONE, and limits LIMITED', () => {
    const emu = fixture('nosy');
    const [none] = emu.open({ authMode: 'NONE' });
    expect(none.ok).toBe(false);
    expect(none.error?.message).toBe(
      'You do not have permission to call PropertiesService.getDocumentProperties.',
    );
    const [limited] = emu.open({ authMode: 'LIMITED' });
    expect(limited.ok).toBe(true);
    expect(emu.properties.document(emu.workbook.id).get('userStore')).toBe(
      'You do not have permission to call PropertiesService.getUserProperties.',
    );
    expect(emu.properties.document(emu.workbook.id).get('mail')).toMatch(
      /^You do not have permission to call MailApp.getRemainingDailyQuota/,
    );
    expect(emu.properties.document(emu.workbook.id).get('cells')).toBe('2');
  });

  it('fails a bundle that touches a service while loading', () => {
    expect(() => fixture('eager')).toThrow(
      'You do not have permission to call PropertiesService.getScriptProperties.',
    );
  });

  it('shows the sidebar from the HTML file beside the bundle', () => {
    const emu = fixture('services');
    emu.call('showSidebar');
    expect(emu.ui.state.sidebar).toMatchObject({
      title: 'Fixture',
      width: 300,
      user: 'owner@vendor.example',
    });
    expect(emu.ui.state.sidebar?.content).toContain('Fixture sidebar');
  });
});
