// Mail, locks and faults across executions: quotas per sending user, mutual exclusion between
// overlapping executions, and executions that die half-way.
// https://developers.google.com/apps-script/reference/mail/mail-app
// https://developers.google.com/apps-script/reference/lock/lock
// https://developers.google.com/apps-script/guides/services/quotas
import { fixture } from './helpers';

describe('MailApp through the runtime', () => {
  it("spends the sending user's quota, configurable with setQuota, restored the next day", () => {
    const emu = fixture('services');
    expect(emu.call('sendTo', 'a@customer.example, b@customer.example')).toBe(98);
    emu.setQuota('owner@vendor.example', 1);
    expect(() => emu.call('sendTo', 'a@x.example, b@x.example')).toThrow(
      'Service invoked too many times for one day: email.',
    );
    expect(emu.callAs('se@vendor.example', 'sendTo', 'c@x.example')).toBe(99);
    emu.advance('1d');
    expect(emu.remainingQuota('owner@vendor.example')).toBe(100);
    expect(emu.outbox.map((m) => m.from)).toEqual(['owner@vendor.example', 'se@vendor.example']);
  });

  it('rejects an invalid address with the real message', () => {
    const emu = fixture('services');
    expect(() => emu.call('sendTo', 'not an address')).toThrow('Invalid email: not an address');
  });
});

describe('faults', () => {
  it('fail the nth call of a method', () => {
    const emu = fixture('services');
    emu.faults.failOnCall('MailApp.sendEmail', { nth: 3, error: 'Service invoked too many times' });
    expect(() =>
      emu.call('sendEach', ['a@x.example', 'b@x.example', 'c@x.example', 'd@x.example']),
    ).toThrow('Service invoked too many times');
    expect(emu.outbox).toHaveLength(2);
    expect(emu.properties.document(emu.workbook.id).get('sent')).toBe('2');
  });

  it('kill an execution half-way: later calls fail even if the script catches', () => {
    const emu = fixture('services');
    let sends = 0;
    emu.faults.onCall(({ key }) => {
      if (key === 'MailApp.sendEmail' && ++sends === 2) emu.faults.kill('process died');
    });
    const to = ['a@x.example', 'b@x.example', 'c@x.example'];
    expect(() => emu.call('sendEachCatching', to)).toThrow('process died');
    expect(emu.outbox.map((m) => m.to[0])).toEqual(['a@x.example']);
    expect(sends).toBe(2); // the third send never reached the service
    expect(emu.executions().at(-1)).toMatchObject({ ok: false, error: 'process died' });
  });

  it('see every counted call with its execution', () => {
    const emu = fixture('services');
    const seen: string[] = [];
    emu.faults.onCall(({ key, execution }) => seen.push(`${execution.functionName}:${key}`));
    emu.call('readA1');
    expect(seen).toEqual([
      'readA1:SpreadsheetApp.getActiveSheet',
      'readA1:Sheet.getRange',
      'readA1:Range.getValue',
    ]);
  });
});

describe('LockService between overlapping executions', () => {
  const OWNER = 'owner@vendor.example';

  /** Starts `work` once, half-way through the owner's lockedWork (while it holds the lock). */
  function midway(emu: ReturnType<typeof fixture>, work: () => void) {
    let started = false;
    emu.faults.onCall(({ key, execution }) => {
      if (started || key !== 'Properties.setProperty' || execution.activeUser !== OWNER) return;
      started = true;
      work();
    });
  }

  it('makes an execution started while another holds the lock wait out its timeout', () => {
    const emu = fixture('services');
    let result: unknown;
    let waited = 0;
    midway(emu, () => {
      const start = emu.now().getTime();
      result = emu.callAs('se@vendor.example', 'lockedWork', 5000);
      waited = emu.now().getTime() - start;
    });
    expect(emu.call('lockedWork', 1000)).toBe('done');
    expect([result, waited]).toEqual(['busy', 5000]);
    // The first run released it; the lock is free again.
    expect(emu.callAs('se@vendor.example', 'lockedWork', 0)).toBe('done');
  });

  it('waitLock throws the real time-out error; another kind of lock is not excluded', () => {
    const emu = fixture('services');
    const errors: string[] = [];
    midway(emu, () => {
      for (const fn of ['waitForDocumentLock', 'waitForLock']) {
        try {
          errors.push(String(emu.callAs('se@vendor.example', fn, 100)));
        } catch (e) {
          errors.push((e as Error).message);
        }
      }
    });
    expect(emu.call('lockedWork', 0)).toBe('done');
    expect(errors).toEqual([
      'Lock timeout: another process was holding the lock for too long.',
      'locked',
    ]);
  });
});

describe('getUi', () => {
  it('is refused in a time-driven execution', () => {
    const emu = fixture('services');
    emu.call('installUiTick');
    emu.advance('1h');
    expect(emu.properties.document(emu.workbook.id).get('ui')).toBe(
      'Cannot call SpreadsheetApp.getUi() from this context.',
    );
  });
});
