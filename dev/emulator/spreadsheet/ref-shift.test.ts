// Relative references in a conditional-format formula are taken from the top-left of the rule's
// range (https://support.google.com/docs/answer/78413), so the emulator shifts them per cell.
import { shiftFormula } from './ref-shift';

test('relative parts move, anchored parts stay', () => {
  expect(shiftFormula('=$G2<TODAY()', 3, 5)).toBe('=$G5<TODAY()');
  expect(shiftFormula('=A1+B$1+$C1+$D$1', 2, 1)).toBe('=B3+C$1+$C3+$D$1');
});

test('string literals and function names are left alone', () => {
  expect(shiftFormula('=IF(H2="A1","B2",LOG10(A2))', 1, 0)).toBe('=IF(H3="A1","B2",LOG10(A3))');
  expect(shiftFormula('=H2="say ""A1"""', 1, 0)).toBe('=H3="say ""A1"""');
});

test('ranges, whole columns and whole rows', () => {
  expect(shiftFormula('=COUNTIF($H$2:$H$100,H2)>1', 4, 0)).toBe('=COUNTIF($H$2:$H$100,H6)>1');
  expect(shiftFormula('=SUM(A:A)+SUM(2:2)', 1, 1)).toBe('=SUM(B:B)+SUM(3:3)');
});

test('sheet-qualified references shift too', () => {
  expect(shiftFormula("='My tab'!A1+Other!B2", 1, 0)).toBe("='My tab'!A2+Other!B3");
});

test('a reference pushed off the sheet becomes #REF!', () => {
  expect(shiftFormula('=A2', -2, 0)).toBe('=#REF!');
});

test('no shift returns the text unchanged', () => {
  expect(shiftFormula('=a1+1', 0, 0)).toBe('=a1+1');
});

describe('adjustFormula follows structural changes of its own sheet', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { adjustFormula, compileShift } = require('./ref-shift') as typeof import('./ref-shift');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const maps = require('./range-shift') as typeof import('./range-shift');

  test('inserted rows push references below them, anchored or not', () => {
    const map = maps.insertLineMap('rows', 3, 2);
    expect(adjustFormula('=$B2+B$3+SUM(C2:C10)', 'MAP', map)).toBe('=$B2+B$5+SUM(C2:C12)');
    expect(adjustFormula("=Other!B3+'MAP'!B3", 'MAP', map)).toBe("=Other!B3+'MAP'!B5");
  });

  test('deleted rows shrink ranges and break single references', () => {
    const map = maps.deleteLineMap('rows', 3, 2);
    expect(adjustFormula('=SUM(C2:C10)+B3+B6', 'MAP', map)).toBe('=SUM(C2:C8)+#REF!+B4');
  });

  test('moved columns carry their references', () => {
    const map = maps.moveLineMap('columns', 2, 1, 5); // B goes after D
    expect(adjustFormula('=$B2&C2', 'MAP', map)).toBe('=$D2&B2');
  });

  test('a compiled shift knows which directions matter', () => {
    const c = compileShift('=AND($G2<TODAY(),$H2<>"Done")');
    expect([c.dependsOnRows, c.dependsOnColumns]).toEqual([true, false]);
    expect(c.at(3, 7)).toBe('=AND($G5<TODAY(),$H5<>"Done")');
  });
});

test("open-ended ranges ('H12:H') are closed at the sheet's last row for HyperFormula", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { closeOpenRanges } = require('./ref-shift') as typeof import('./ref-shift');
  expect(closeOpenRanges('=COUNTIF($H$12:$H,"Done")/COUNTA(C12:C)', 1000)).toBe(
    '=COUNTIF($H$12:$H1000,"Done")/COUNTA(C12:C1000)',
  );
  expect(closeOpenRanges('=SUM(A1:B2)&"H1:H"&SUM(A:A)', 1000)).toBe('=SUM(A1:B2)&"H1:H"&SUM(A:A)');
  expect(closeOpenRanges('=COUNTIFS($C$12:$C$29,"<>")', 1000)).toBe('=COUNTIFS($C$12:$C$29,"<>")');
});
