import type { TemplateSummary } from '../shared/api';
import {
  daysLateLabel,
  domainOf,
  formatDay,
  formatInstant,
  hourLabel,
  isDateKey,
  looksLikeEmail,
  missingLabel,
  templateMeta,
  weekdayLabel,
} from './format';

describe('isDateKey', () => {
  it('accepts real days only', () => {
    expect(isDateKey('2024-02-29')).toBe(true);
    expect(isDateKey('2025-02-29')).toBe(false);
    expect(isDateKey('2025-13-01')).toBe(false);
    expect(isDateKey('2025-3-1')).toBe(false);
    expect(isDateKey('')).toBe(false);
  });
});

describe('formatDay', () => {
  it('names the weekday and leaves out the current year', () => {
    expect(formatDay('2025-03-28', '2025-01-02')).toBe('Fri 28 Mar');
    expect(formatDay('2026-01-05', '2025-12-30')).toBe('Mon 5 Jan 2026');
    expect(formatDay('2025-03-28')).toBe('Fri 28 Mar 2025');
  });

  it('gives back anything that is not a date key unchanged', () => {
    expect(formatDay('soon')).toBe('soon');
  });
});

describe('formatInstant', () => {
  it('shows the wall clock of the given zone, not the machine’s', () => {
    // 08:12 UTC is 09:12 in Berlin (CET) and 00:12 in Los Angeles (PST).
    expect(formatInstant('2025-03-03T08:12:00Z', 'Europe/Berlin')).toBe('Mon 3 Mar 2025, 09:12');
    expect(formatInstant('2025-03-03T08:12:00Z', 'America/Los_Angeles')).toBe(
      'Mon 3 Mar 2025, 00:12',
    );
  });

  it('crosses the date line with the zone', () => {
    expect(formatInstant('2025-03-03T23:30:00Z', 'Asia/Tokyo')).toBe('Tue 4 Mar 2025, 08:30');
  });

  it('falls back to UTC, labelled, for an unknown zone', () => {
    expect(formatInstant('2025-03-03T08:12:00Z', 'Mars/Olympus')).toBe('Mon 3 Mar 2025, 08:12 UTC');
  });
});

describe('labels', () => {
  it('shows an hour as the range the trigger may fire in', () => {
    expect(hourLabel(0)).toBe('00:00–01:00');
    expect(hourLabel(9)).toBe('09:00–10:00');
    expect(hourLabel(23)).toBe('23:00–00:00');
  });

  it('spells weekdays and days late', () => {
    expect(weekdayLabel('WEDNESDAY')).toBe('Wednesday');
    expect(daysLateLabel(1)).toBe('1 day late');
    expect(daysLateLabel(12)).toBe('12 days late');
  });

  it('says what an uncommitted step is missing', () => {
    expect(missingLabel(['owner', 'date'])).toBe('No owner or date');
    expect(missingLabel(['date'])).toBe('No date');
    expect(missingLabel(['owner'])).toBe('No owner');
  });

  it('describes a template by steps and weeks to its goal', () => {
    const template: TemplateSummary = {
      id: 'enterprise',
      name: 'Enterprise',
      description: '',
      stepCount: 14,
      typicalBusinessDays: 60,
      postSignature: false,
    };
    expect(templateMeta(template)).toBe('14 steps · about 12 weeks to signature');
    expect(
      templateMeta({ ...template, stepCount: 1, typicalBusinessDays: 3, postSignature: true }),
    ).toBe('1 step · about 1 week to go-live');
  });

  it('reads email domains and rejects obvious typos', () => {
    expect(domainOf('Dana@ACME.example')).toBe('acme.example');
    expect(domainOf('nobody')).toBe('');
    expect(looksLikeEmail('dana@acme.example')).toBe(true);
    expect(looksLikeEmail('dana@acme')).toBe(false);
    expect(looksLikeEmail('dana acme.example')).toBe(false);
  });
});
