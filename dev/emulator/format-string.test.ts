// https://developers.google.com/apps-script/reference/utilities/utilities#formatString(String,Object...)
import { formatString } from './format-string';

describe('formatString', () => {
  it('substitutes in order', () => {
    expect(formatString('%s has %d steps', 'Plan', 12)).toBe('Plan has 12 steps');
    expect(formatString('100%% done')).toBe('100% done');
  });

  it('applies width, precision and flags', () => {
    expect(formatString('%05d|%-4s|%4s|%.2f|%+d', 42, 'ab', 'cd', 3.14159, 7)).toBe(
      '00042|ab  |  cd|3.14|+7',
    );
    expect(formatString('%x %X %o %e', 255, 255, 8, 1234.5)).toBe('ff FF 10 1.234500e+03');
    expect(formatString('%.3s', 'abcdef')).toBe('abc');
  });

  it('leaves a conversion without an argument as written', () => {
    expect(formatString('%s and %s', 'one')).toBe('one and %s');
  });
});
