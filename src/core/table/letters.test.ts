import { columnLetter } from './letters';

describe('columnLetter', () => {
  it.each([
    [1, 'A'],
    [7, 'G'],
    [26, 'Z'],
    [27, 'AA'],
    [52, 'AZ'],
    [53, 'BA'],
    [702, 'ZZ'],
    [703, 'AAA'],
  ])('column %i is %s', (column, letters) => {
    expect(columnLetter(column)).toBe(letters);
  });

  it('refuses 0, negatives and fractions', () => {
    expect(() => columnLetter(0)).toThrow(RangeError);
    expect(() => columnLetter(-3)).toThrow(RangeError);
    expect(() => columnLetter(1.5)).toThrow(RangeError);
  });
});
