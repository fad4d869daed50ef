import { stepKeys } from './step-key';

describe('stepKeys', () => {
  it('ignores case, spacing and invisible characters, not the words', () => {
    const [a] = stepKeys(['Security review']);
    expect(stepKeys([' security\u200b  REVIEW '])[0]).toBe(a);
    expect(stepKeys(['Security reviews'])[0]).not.toBe(a);
  });

  it('tells repeated names apart by occurrence', () => {
    const keys = stepKeys(['Review', 'Other', 'Review']);
    expect(new Set(keys).size).toBe(3);
    expect(stepKeys(['Review', 'Review'])).toEqual([keys[0], keys[2]]);
  });

  it('gives distinct keys to a realistic plan', () => {
    const names = Array.from({ length: 200 }, (_, i) => `Step ${i}`);
    expect(new Set(stepKeys(names)).size).toBe(200);
  });
});
