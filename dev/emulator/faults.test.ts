import { ExecutionKilled, Faults, SERVER_ERROR } from './faults';
import type { ExecutionInfo } from './execution';

const execution: ExecutionInfo = {
  id: 1,
  kind: 'call',
  functionName: 'f',
  activeUser: 'a@x.com',
  effectiveUser: 'a@x.com',
  authMode: 'FULL',
};

describe('Faults', () => {
  it('fails only the nth matching call, once', () => {
    const faults = new Faults();
    faults.failOnCall('MailApp.sendEmail', { nth: 2, error: 'Service invoked too many times' });
    const call = (key: string) => () => faults.before({ key, execution });
    expect(call('MailApp.sendEmail')).not.toThrow();
    expect(call('Range.getValues')).not.toThrow();
    expect(call('MailApp.sendEmail')).toThrow('Service invoked too many times');
    expect(call('MailApp.sendEmail')).not.toThrow();
  });

  it('defaults to the generic server error and can be cancelled', () => {
    const faults = new Faults();
    const cancel = faults.failOnCall('Range.setValues');
    cancel();
    expect(() => faults.before({ key: 'Range.setValues', execution })).not.toThrow();
    faults.failOnCall('Range.setValues');
    expect(() => faults.before({ key: 'Range.setValues', execution })).toThrow(SERVER_ERROR);
  });

  it('runs listeners before each call; kill() throws ExecutionKilled', () => {
    const faults = new Faults();
    const seen: string[] = [];
    const off = faults.onCall(({ key }) => {
      seen.push(key);
      if (key === 'MailApp.sendEmail') faults.kill('died');
    });
    faults.before({ key: 'Range.getValues', execution });
    expect(() => faults.before({ key: 'MailApp.sendEmail', execution })).toThrow(ExecutionKilled);
    off();
    faults.before({ key: 'MailApp.sendEmail', execution });
    expect(seen).toEqual(['Range.getValues', 'MailApp.sendEmail']);
  });
});
