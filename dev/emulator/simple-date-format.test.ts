// Java SimpleDateFormat patterns, as Utilities.formatDate uses them:
// https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)
// https://docs.oracle.com/javase/8/docs/api/java/text/SimpleDateFormat.html
import { formatJavaDate } from './simple-date-format';

// Tuesday 5 March 2024, 14:07:09.045 UTC.
const T = Date.UTC(2024, 2, 5, 14, 7, 9, 45);

describe('formatJavaDate', () => {
  it('formats numeric fields with Java counts', () => {
    expect(formatJavaDate(T, 'Etc/UTC', 'yyyy-MM-dd HH:mm:ss.SSS')).toBe('2024-03-05 14:07:09.045');
    expect(formatJavaDate(T, 'Etc/UTC', 'yy/M/d H:m:s')).toBe('24/3/5 14:7:9');
    expect(formatJavaDate(T, 'Etc/UTC', 'D w F u')).toBe('65 10 1 2');
  });

  it('formats text fields', () => {
    expect(formatJavaDate(T, 'Etc/UTC', 'EEE, MMM d')).toBe('Tue, Mar 5');
    expect(formatJavaDate(T, 'Etc/UTC', 'EEEE d MMMM yyyy')).toBe('Tuesday 5 March 2024');
    expect(formatJavaDate(T, 'Etc/UTC', 'h:mm a')).toBe('2:07 PM');
    expect(formatJavaDate(Date.UTC(2024, 2, 5, 0, 30), 'Etc/UTC', 'h a k K')).toBe('12 AM 24 0');
  });

  it('converts to the given zone, across DST', () => {
    expect(formatJavaDate(T, 'America/New_York', 'yyyy-MM-dd HH:mm z Z XXX')).toBe(
      '2024-03-05 09:07 EST -0500 -05:00',
    );
    const summer = Date.UTC(2024, 6, 1, 12);
    expect(formatJavaDate(summer, 'America/New_York', 'HH:mm z X XX')).toBe('08:00 EDT -04 -0400');
    expect(formatJavaDate(T, 'Asia/Kolkata', 'HH:mm z XXX')).toBe('19:37 IST +05:30');
    expect(formatJavaDate(T, 'Europe/Paris', 'HH:mm z')).toBe('15:07 CET');
    expect(formatJavaDate(T, 'Etc/UTC', 'X')).toBe('Z');
    expect(formatJavaDate(T, 'GMT+2', 'HH:mm z')).toBe('16:07 GMT+02:00');
  });

  it('the long zone name', () => {
    expect(formatJavaDate(T, 'America/New_York', 'zzzz')).toBe('Eastern Standard Time');
  });

  it("handles quoted text and '' as a quote", () => {
    expect(formatJavaDate(T, 'Etc/UTC', "h 'o''clock' a")).toBe("2 o'clock PM");
    expect(formatJavaDate(T, 'Etc/UTC', "yyyy-MM-dd'T'HH:mm:ss''")).toBe("2024-03-05T14:07:09'");
  });

  it('puts the last days of December in week 1 of the next week-year', () => {
    // 31 Dec 2024 is a Tuesday; its Sunday-to-Saturday week holds 1 Jan 2025.
    expect(formatJavaDate(Date.UTC(2024, 11, 31), 'Etc/UTC', 'w YYYY yyyy')).toBe('1 2025 2024');
  });

  it('refuses unknown pattern letters as Java does', () => {
    expect(() => formatJavaDate(T, 'Etc/UTC', 'yyyy-qq')).toThrow("Illegal pattern character 'q'");
    expect(() => formatJavaDate(T, 'Nowhere/Land', 'yyyy')).toThrow('Invalid argument: timeZone');
  });
});
