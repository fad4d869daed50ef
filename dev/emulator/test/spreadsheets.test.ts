// One emulator, several spreadsheets: each file has its own document store, the user's store and
// the trigger limits span them all, and triggers run in the file they belong to.
// https://developers.google.com/apps-script/guides/properties (document vs user properties)
// https://developers.google.com/apps-script/guides/services/quotas (20 triggers / user / script)
// https://developers.google.com/workspace/add-ons/concepts/editor-triggers (add-on limits)
import { Emulator } from '..';
import { TOO_MANY_TRIGGERS, tooManyOfType } from '../script-app';
import { codeOf, fixture } from './helpers';

const OWNER = 'owner@vendor.example';

interface Recalled {
  spreadsheet: string;
  id: string;
  url: string;
  zone: string;
  document: string | null;
  user: string | null;
}

interface HourlyRun {
  spreadsheet: string | null;
  documentProperties: boolean;
  documentLock: boolean;
  triggerUid: string;
}

const hourlyRuns = (emu: Emulator) =>
  JSON.parse(emu.properties.user(OWNER).get('hourly') ?? '[]') as HourlyRun[];

describe('several spreadsheets', () => {
  it('keep their own document properties; the user store is shared, the script store global', () => {
    const emu = fixture('files', { spreadsheetName: 'Acme' });
    emu.call('remember', 'deal', 'acme');
    emu.useSpreadsheet('Globex', { timeZone: 'Europe/Paris' });
    expect(emu.call('recall', 'deal')).toMatchObject({
      spreadsheet: 'Globex',
      zone: 'Europe/Paris',
      document: null,
      user: 'acme',
    });
    emu.call('remember', 'deal', 'globex');
    const globex = emu.call('recall', 'deal') as Recalled;
    emu.useSpreadsheet('Acme');
    const acme = emu.call('recall', 'deal') as Recalled;
    expect(acme).toMatchObject({ spreadsheet: 'Acme', document: 'acme', user: 'globex' });
    expect(acme.id).not.toBe(globex.id);
    expect(acme.url).toBe(`https://docs.google.com/spreadsheets/d/${acme.id}/edit`);
    expect(emu.properties.document(globex.id).get('deal')).toBe('globex');
    expect(emu.spreadsheets()).toEqual([
      { id: acme.id, name: 'Acme', timeZone: 'America/New_York', current: true },
      { id: globex.id, name: 'Globex', timeZone: 'Europe/Paris', current: false },
    ]);
  });

  it('are made by the current user, and a time zone applies to a new one only', () => {
    const emu = fixture('files');
    emu.as('se@vendor.example').useSpreadsheet('Mine');
    expect(emu.workbook.owner).toBe('se@vendor.example');
    expect(() => emu.useSpreadsheet('Mine', { timeZone: 'Asia/Tokyo' })).toThrow(
      'Spreadsheet "Mine" exists, in America/New_York: a time zone applies to a new spreadsheet only',
    );
  });

  it('save them all, and a state saved with one spreadsheet still loads', () => {
    const emu = fixture('files', { spreadsheetName: 'Acme' });
    emu.call('remember', 'deal', 'acme');
    emu.useSpreadsheet('Globex').call('remember', 'deal', 'globex');
    const state = JSON.parse(JSON.stringify(emu.toState()));
    expect(state.spreadsheet.name).toBe('Globex');
    expect(state.otherSpreadsheets.map((s: { name: string }) => s.name)).toEqual(['Acme']);
    const copy = Emulator.fromState(state, { codePath: codeOf('files') });
    expect(copy.spreadsheets()).toEqual(emu.spreadsheets());
    expect(JSON.parse(JSON.stringify(copy.toState()))).toEqual(state);
    expect(copy.useSpreadsheet('Acme').call('recall', 'deal')).toMatchObject({ document: 'acme' });

    const { otherSpreadsheets: _others, scriptId: _id, ...rest } = fixture('files').toState();
    const old = { ...rest, version: 1 };
    const loaded = Emulator.fromState(old, { codePath: codeOf('files') }).load();
    expect(loaded.spreadsheets()).toHaveLength(1);
    expect(loaded.toState()).toMatchObject({
      version: 2,
      scriptId: `emulated-script-${old.spreadsheet.id}`,
      otherSpreadsheets: [],
    });
  });
});

describe('triggers across spreadsheets', () => {
  it('fire an edit trigger only for edits in its own spreadsheet', () => {
    const emu = fixture('files', { spreadsheetName: 'Acme' });
    emu.call('installEditTrigger');
    emu.useSpreadsheet('Globex');
    expect(emu.edit('Sheet1!A1', 'x').runs).toEqual([]);
    emu.useSpreadsheet('Acme');
    expect(emu.edit('Sheet1!B2', 'y').runs).toHaveLength(1);
    expect(JSON.parse(emu.properties.document(emu.workbook.id).get('edits') ?? '[]')).toEqual([
      'Acme!B2',
    ]);
  });

  it('run a clock trigger in the spreadsheet it was made in, whichever is current', () => {
    const emu = fixture('files', { spreadsheetName: 'Acme' });
    emu.call('installHourly');
    const acme = emu.workbook.id;
    const uid = emu.triggers()[0].uid;
    emu.useSpreadsheet('Globex');
    const runs = emu.advance('2h');
    expect(runs.map((r) => r.execution.documentId)).toEqual([acme, acme]);
    expect(hourlyRuns(emu)).toEqual(
      Array(2).fill({
        spreadsheet: 'Acme',
        documentProperties: true,
        documentLock: true,
        triggerUid: uid,
      }),
    );
    expect(emu.properties.document(acme).get('ticks')).toBe('2');
    expect(emu.properties.document(emu.workbook.id).get('ticks')).toBeUndefined();
    expect(emu.triggers()[0].documentId).toBe(acme);
  });

  it('run a clock trigger without a document when told to', () => {
    const emu = fixture('files', { clockTriggersWithoutDocument: true });
    emu.call('installHourly');
    const [run] = emu.advance('1h');
    expect(run.ok).toBe(true);
    expect(run.execution.documentId).toBeNull();
    expect(hourlyRuns(emu)).toEqual([
      {
        spreadsheet: null,
        documentProperties: false,
        documentLock: false,
        triggerUid: emu.triggers()[0].uid,
      },
    ]);
  });

  it('allow one trigger of each type per user per spreadsheet', () => {
    const emu = fixture('files', { spreadsheetName: 'Acme' });
    emu.call('installHourly');
    emu.call('installEditTrigger');
    expect(() => emu.call('installHourly')).toThrow(tooManyOfType('CLOCK'));
    expect(() => emu.call('installEditTrigger')).toThrow(tooManyOfType('ON_EDIT'));
    emu.callAs('se@vendor.example', 'installHourly');
    emu.useSpreadsheet('Globex');
    emu.call('installHourly');
    expect(emu.call('triggerCounts')).toEqual({ project: 3, here: 1 });
  });

  it("allow 20 triggers per user across the script's documents: the 21st throws", () => {
    const emu = fixture('files');
    for (let i = 1; i <= 20; i++) emu.useSpreadsheet(`Plan ${i}`).call('installHourly');
    emu.useSpreadsheet('Plan 21');
    expect(() => emu.call('installHourly')).toThrow(TOO_MANY_TRIGGERS);
    expect(TOO_MANY_TRIGGERS).toBe(
      'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
    );
    expect(emu.call('triggerCounts')).toEqual({ project: 20, here: 0 });
    // Another user has 20 of their own.
    emu.callAs('se@vendor.example', 'installHourly');
    expect(emu.triggers()).toHaveLength(21);
  });

  it('open another file by id for a user who may edit it, with or without an active one', () => {
    const emu = fixture('files', { spreadsheetName: 'Acme', editors: ['se@vendor.example'] });
    emu.useSpreadsheet('Globex');
    const globex = emu.workbook.id;
    emu.useSpreadsheet('Acme');
    expect(emu.call('nameById', globex)).toBe('Globex');
    expect(() => emu.call('nameById', 'no-such-file')).toThrow(
      'Unexpected error while getting the method or property openById on object SpreadsheetApp.',
    );
    // Globex is shared with nobody: the Acme editor cannot open it.
    emu.authorize('se@vendor.example');
    expect(() => emu.callAs('se@vendor.example', 'nameById', globex)).toThrow(
      'You do not have permission to access the requested document.',
    );
    expect(emu.counts()['SpreadsheetApp.openById']).toBe(3);
  });
});
