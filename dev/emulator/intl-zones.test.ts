import * as vm from 'node:vm';
import { createRealm } from './realm';
import { Utilities } from './utilities';
import type { IntlZones } from './intl-zones';

// Monday 6 July 2026, 14:30 UTC: 16:30 in Paris (summer time), 10:30 in New York.
const AT = Date.UTC(2026, 6, 6, 14, 30);

function scriptReads(mode: IntlZones, timeZone: string): string {
  const realm = createRealm('Etc/UTC', () => AT, mode);
  return vm.runInContext(
    `new Intl.DateTimeFormat('en-US', { timeZone: ${JSON.stringify(timeZone)}, hourCycle: 'h23',
       hour: 'numeric', minute: 'numeric' }).formatToParts(new Date(${AT}))
       .map((p) => p.value).join('')`,
    realm.context,
  ) as string;
}

describe('the script realm with its Intl zones switched', () => {
  const utilities = new Utilities({ sleep: () => undefined });
  const platform = (zone: string) => utilities.formatDate(new Date(AT), zone, 'HH:mm');

  it('agrees with Utilities.formatDate by default', () => {
    expect(scriptReads('agree', 'Europe/Paris')).toBe(platform('Europe/Paris'));
    expect(scriptReads('agree', 'America/New_York')).toBe('10:30');
  });

  it('ignore-zone formats every zone as UTC, and still refuses a zone Intl does not know', () => {
    expect(scriptReads('ignore-zone', 'Europe/Paris')).toBe('14:30');
    expect(platform('Europe/Paris')).toBe('16:30');
    expect(() => scriptReads('ignore-zone', 'Mars/Olympus')).toThrow('Invalid time zone');
  });

  it('hour-ahead reads the right zone an hour late, in format and formatToParts alike', () => {
    expect(scriptReads('hour-ahead', 'Europe/Paris')).toBe('17:30');
    const realm = createRealm('Etc/UTC', () => AT, 'hour-ahead');
    const formatted = vm.runInContext(
      `new Intl.DateTimeFormat('en-US', { timeZone: 'America/New_York', hourCycle: 'h23',
         hour: 'numeric', minute: 'numeric' }).format(new Date(${AT}))`,
      realm.context,
    ) as string;
    expect(formatted).toBe('11:30');
  });
});
