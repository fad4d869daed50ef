// Installable triggers through the emulator: edits by users fire them as their owner, edits by
// scripts fire nothing, and the clock fires time-driven ones at their scheduled instants.
// https://developers.google.com/apps-script/guides/triggers/installable
// https://developers.google.com/apps-script/guides/triggers/events
// https://developers.google.com/apps-script/guides/triggers (simple triggers: no script edits)
import { fixture } from './helpers';

interface EditRecord {
  a1: string;
  hasValue: boolean;
  value?: string;
  oldValue?: string;
  user: string;
  effective: string;
  authMode: string;
  triggerUid: string;
  sourceId: string;
}

function edits(emu: ReturnType<typeof fixture>): EditRecord[] {
  return JSON.parse(emu.properties.document(emu.workbook.id).get('edits') ?? '[]');
}

describe('edit triggers', () => {
  it("fire on a user's edit, as the owner, with the real event object", () => {
    const emu = fixture('services', { editors: ['champion@corp.example'], authorizedUsers: [] });
    emu.call('installEditTrigger');
    const uid = emu.triggers()[0].uid;
    emu.as('champion@corp.example');
    emu.edit('Sheet1!B2', 'first');
    const { runs } = emu.edit('Sheet1!B2', 'second');
    expect(runs).toHaveLength(1);
    expect(runs[0].execution).toMatchObject({
      kind: 'edit-trigger',
      activeUser: 'champion@corp.example',
      effectiveUser: 'owner@vendor.example',
      authMode: 'FULL',
    });
    expect(edits(emu)[1]).toEqual({
      a1: 'B2',
      hasValue: true,
      value: 'second',
      oldValue: 'first',
      // Another domain than the owner's: Apps Script hides the editor's address.
      user: '',
      effective: 'owner@vendor.example',
      authMode: 'FULL',
      triggerUid: uid,
      sourceId: emu.workbook.id,
    });
  });

  it("shows the editor when they share the owner's (Workspace) domain", () => {
    const emu = fixture('services', { editors: ['ae@vendor.example'] });
    emu.call('installEditTrigger');
    emu.as('ae@vendor.example').edit('Sheet1!A1', 'x');
    expect(edits(emu)[0].user).toBe('ae@vendor.example');
  });

  it('gives no value or oldValue for a multi-cell paste', () => {
    const emu = fixture('services');
    emu.call('installEditTrigger');
    emu.paste('Sheet1!A1', [
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(edits(emu)[0]).toMatchObject({ a1: 'A1:B2', hasValue: false });
    expect(edits(emu)[0].oldValue).toBeUndefined();
  });

  it('do not fire for edits made by scripts', () => {
    const emu = fixture('services');
    emu.call('installEditTrigger');
    emu.call('writeCell', 'C3', 'from script');
    expect(edits(emu)).toEqual([]);
  });
});

describe('time-driven triggers', () => {
  interface Run {
    at: string;
    uid: string;
    utcHour: number;
    authMode: string;
  }
  const runsOf = (emu: ReturnType<typeof fixture>) =>
    JSON.parse(emu.properties.user('owner@vendor.example').get('runs') ?? '[]') as Run[];

  it('fire at their scheduled instants in their own zone, across DST, as the owner', () => {
    // Monday 4 March 2024 09:00Z; weekly on Mondays at 09:00 New York time.
    const emu = fixture('services');
    emu.call('installWeekly', 9, 'America/New_York');
    emu.as('someone@else.example');
    const fired = emu.advance('21d');
    expect(fired.map((r) => r.execution.effectiveUser)).toEqual(
      Array(3).fill('owner@vendor.example'),
    );
    expect(runsOf(emu).map((r) => r.at)).toEqual([
      '2024-03-04T14:00:00.000Z', // EST, UTC-5
      '2024-03-11T13:00:00.000Z', // EDT from 10 March, UTC-4
      '2024-03-18T13:00:00.000Z',
    ]);
    expect(runsOf(emu)[0]).toMatchObject({
      utcHour: 14,
      authMode: 'FULL',
      uid: emu.triggers()[0].uid,
    });
    expect(emu.now().toISOString()).toBe('2024-03-25T09:00:00.000Z');
    expect(emu.outbox.map((m) => [m.from, m.sentAt])).toEqual([
      ['owner@vendor.example', '2024-03-04T14:00:00.000Z'],
      ['owner@vendor.example', '2024-03-11T13:00:00.000Z'],
      ['owner@vendor.example', '2024-03-18T13:00:00.000Z'],
    ]);
  });

  it('fire nothing when the clock is only set; skipped runs are dropped', () => {
    const emu = fixture('services');
    emu.call('installWeekly', 9, 'Etc/UTC');
    emu.setNow('2024-03-20T00:00:00Z');
    expect(runsOf(emu)).toEqual([]);
    emu.advance('36h');
    expect(runsOf(emu)).toEqual([]);
    emu.advance('4d');
    expect(runsOf(emu).map((r) => r.at)).toEqual(['2024-03-25T09:00:00.000Z']);
  });

  it('keep one clock trigger per user per document', () => {
    const emu = fixture('services');
    emu.call('installWeekly', 9, 'Etc/UTC');
    expect(() => emu.call('installWeekly', 10, 'Etc/UTC')).toThrow(
      'This add-on has created too many time-based triggers in this document for this Google user account.',
    );
    emu.callAs('se@vendor.example', 'installWeekly', 10, 'Etc/UTC');
    expect(emu.call('triggerCount')).toBe(1);
    expect(emu.triggers()).toHaveLength(2);
  });
});

describe('simple and installable triggers together', () => {
  const seen = (emu: ReturnType<typeof fixture>) =>
    JSON.parse(emu.properties.document(emu.workbook.id).get('seen') ?? '[]') as string[];

  it("fire both for the owner's edit, only the installable one for a user without the add-on", () => {
    const emu = fixture('edits', { editors: ['champion@corp.example'] });
    emu.call('install');
    emu.edit('Sheet1!A1', 'by owner');
    expect(seen(emu)).toEqual([
      'simple:LIMITED:owner@vendor.example',
      'installable:FULL:owner@vendor.example',
    ]);
    emu.as('champion@corp.example').edit('Sheet1!A1', 'by prospect');
    expect(seen(emu).slice(2)).toEqual(['installable:FULL:owner@vendor.example']);
  });

  it('fire the installable on-open trigger as its owner, whoever opens', () => {
    const emu = fixture('edits');
    emu.call('install');
    const runs = emu.as('champion@corp.example').open({ authMode: 'NONE' });
    const uid = emu.triggers().find((t) => t.eventType === 'ON_OPEN')?.uid;
    expect(runs.map((r) => [r.execution.kind, r.execution.effectiveUser])).toEqual([
      ['open-trigger', 'owner@vendor.example'],
    ]);
    expect(seen(emu)).toEqual([`open:FULL:${uid}`]);
  });
});
