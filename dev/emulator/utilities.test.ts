// https://developers.google.com/apps-script/reference/utilities/utilities
import { Utilities } from './utilities';

describe('Utilities', () => {
  let slept = 0;
  const u = new Utilities({ sleep: (ms) => (slept += ms) });

  it('formats dates in the given zone', () => {
    // DST ends in New York at 06:00Z on 3 Nov 2024: 01:30 happens twice, first EDT then EST.
    const d = new Date(Date.UTC(2024, 10, 3, 6, 30));
    expect(u.formatDate(d, 'America/New_York', 'yyyy-MM-dd HH:mm z')).toBe('2024-11-03 01:30 EST');
    expect(
      u.formatDate(new Date(Date.UTC(2024, 10, 3, 5, 30)), 'America/New_York', 'HH:mm z'),
    ).toBe('01:30 EDT');
    expect(() => u.formatDate('2024-01-01' as unknown as Date, 'Etc/UTC', 'yyyy')).toThrow(
      'Invalid argument: date',
    );
  });

  it('sleeps on the virtual clock, at most five minutes', () => {
    u.sleep(1500);
    expect(slept).toBe(1500);
    expect(() => u.sleep(300_001)).toThrow('Invalid argument');
  });

  it('computes digests as signed bytes and encodes base64', () => {
    const md5 = u.computeDigest(u.DigestAlgorithm.MD5, 'abc');
    expect(md5.slice(0, 4)).toEqual([-112, 1, 80, -104]); // 900150983cd24fb0...
    expect(md5.every((b) => b >= -128 && b <= 127)).toBe(true);
    expect(u.base64Encode('héllo')).toBe(Buffer.from('héllo').toString('base64'));
    expect(u.base64EncodeWebSafe([-1, -2, -3])).toBe('__79');
    expect(u.base64Decode('//79')).toEqual([-1, -2, -3]);
    expect(() => u.computeDigest(u.DigestAlgorithm.MD2, 'x')).toThrow(/not emulated/);
  });

  it('makes blobs and unique ids', () => {
    const blob = u.newBlob('text', 'text/plain', 'a.txt');
    expect([blob.getDataAsString(), blob.getContentType(), blob.getName()]).toEqual([
      'text',
      'text/plain',
      'a.txt',
    ]);
    expect(u.getUuid()).toMatch(/^[0-9a-f-]{36}$/);
    expect(u.getUuid()).not.toBe(u.getUuid());
    expect(u.formatString('%s-%03d', 'a', 7)).toBe('a-007');
  });
});
