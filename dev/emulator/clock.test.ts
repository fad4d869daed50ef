import { parseDuration, parseInstant, VirtualClock } from './clock';

describe('parseDuration', () => {
  it('reads the CLI units', () => {
    expect(parseDuration('7d')).toBe(7 * 86_400_000);
    expect(parseDuration('36h')).toBe(36 * 3_600_000);
    expect(parseDuration('90m')).toBe(90 * 60_000);
    expect(parseDuration('1w2d')).toBe(9 * 86_400_000);
    expect(parseDuration('1500ms')).toBe(1500);
  });

  it('refuses anything else', () => {
    for (const bad of ['', '7', 'd7', '7 days', '7x', '-1d']) {
      expect(() => parseDuration(bad)).toThrow(/Invalid duration/);
    }
  });
});

describe('parseInstant', () => {
  it('takes an offset or Z as exact', () => {
    expect(parseInstant('2024-03-04T09:00:00Z', 'Asia/Tokyo')).toBe(Date.UTC(2024, 2, 4, 9));
    expect(parseInstant('2024-03-04T09:00:00+01:00', 'Asia/Tokyo')).toBe(Date.UTC(2024, 2, 4, 8));
  });

  it('reads a time without an offset as wall time in the given zone', () => {
    // New York is UTC-5 in early March 2024 (DST starts March 10).
    expect(parseInstant('2024-03-04T09:00', 'America/New_York')).toBe(Date.UTC(2024, 2, 4, 14));
    expect(parseInstant('2024-03-04', 'Asia/Kolkata')).toBe(Date.UTC(2024, 2, 3, 18, 30));
  });

  it('refuses non-ISO text', () => {
    expect(() => parseInstant('March 4, 2024', 'Etc/UTC')).toThrow(/Invalid time/);
  });
});

describe('VirtualClock', () => {
  it('moves only when told, and never backwards by advanceBy', () => {
    const clock = new VirtualClock(1000);
    expect(clock.now()).toBe(1000);
    clock.advanceBy(500);
    expect(clock.now()).toBe(1500);
    expect(() => clock.advanceBy(-1)).toThrow();
    clock.set(10);
    expect(clock.now()).toBe(10);
  });
});
