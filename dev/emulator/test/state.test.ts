// toState / fromState: one run's state is the next run's start (the CLI's --out and --workbook).
import { Emulator } from '..';
import { codeOf, fixture } from './helpers';

describe('emulator state', () => {
  it('round-trips the spreadsheet, properties, triggers, mail, counts, clock and log', () => {
    const emu = fixture('services', { timeZone: 'Europe/Paris' });
    emu.call('writeCell', 'A1', 'kept');
    emu.call('installWeekly', 9, 'Europe/Paris');
    emu.call('sendTo', 'a@customer.example');
    emu.call('logSomething');
    const state = JSON.parse(JSON.stringify(emu.toState()));
    expect(state.version).toBe(2);
    expect(state.clock).toBe('2024-03-04T09:00:00.000Z');
    expect(state.lastCall).toMatchObject({ name: 'logSomething', ok: true, result: 'hello world' });

    const next = Emulator.fromState(state, { codePath: codeOf('services') }).load();
    expect(next.call('readA1')).toBe('kept');
    expect(next.workbook.timeZone).toBe('Europe/Paris');
    expect(next.outbox).toHaveLength(1);
    expect(next.remainingQuota('owner@vendor.example')).toBe(99);
    expect(next.triggers()).toEqual(emu.triggers());
    expect(next.log.slice(0, emu.log.length)).toEqual(emu.log);
    expect(next.counts()['Range.getValue']).toBe((emu.counts()['Range.getValue'] ?? 0) + 1);
    // The trigger carried over fires on schedule in the next run.
    next.advance('7d');
    expect(next.outbox.map((m) => m.subject)).toEqual(['Hello', 'Weekly']);
    // And the state after that round-trips again, unchanged.
    const again = JSON.parse(JSON.stringify(next.toState()));
    expect(
      JSON.parse(
        JSON.stringify(Emulator.fromState(again, { codePath: codeOf('services') }).toState()),
      ),
    ).toEqual(again);
  });

  it('encodes Dates in call results as instants', () => {
    const emu = fixture('services');
    emu.call('realmCheck', { list: [], when: new Date(0) });
    expect(emu.lastCall?.result).toMatchObject({ now: { instant: '2024-03-04T09:00:00.000Z' } });
  });
});
