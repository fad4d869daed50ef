import { zone } from './zone';

describe('zone', () => {
  it('resolves IANA zones and fixed GMT offsets', () => {
    const t = Date.UTC(2024, 0, 15, 12);
    expect(zone('America/Los_Angeles').offsetAt(t)).toBe(-8 * 3_600_000);
    expect(zone('GMT-03:30').offsetAt(t)).toBe(-3.5 * 3_600_000);
    expect(zone('UTC').shortName(t)).toBe('UTC');
    expect(zone('Europe/London').shortName(Date.UTC(2024, 6, 1))).toBe('BST');
  });

  it('refuses unknown zones with the Apps Script message', () => {
    expect(() => zone('Mars/Olympus')).toThrow('Invalid argument: timeZone');
  });
});
