// The benchmark plans hold 5,000 rows x 12 columns: reading them back must stay cheap, and a
// sheet full of TODAY() formulas must not make every read slow. Times are generous bounds for a
// loaded CI machine; on an idle one getValues of the block takes a few tens of milliseconds.
import { testBook } from './test-book.test-util';

const ROWS = 5000;

function bigPlan() {
  const t = testBook();
  const sheet = t.app.getActiveSheet();
  sheet.insertRowsAfter(1000, ROWS + 1 - 1000);
  const rows = Array.from({ length: ROWS }, (_, i) => {
    const r = i + 2;
    return [
      i + 1,
      'Evaluation',
      `Step ${i}`,
      'Vendor',
      'Ann',
      'ann@vendor.example',
      new Date(Date.UTC(2026, 0, 1 + (i % 300), 5)),
      i % 3 ? 'Done' : 'Not started',
      '',
      '',
      `=IF(G${r}="","",G${r}-TODAY())`,
      'note',
    ];
  });
  sheet.getRange(2, 1, ROWS, 12).setValues(rows);
  sheet.getRange(2, 7, ROWS, 1).setNumberFormat('yyyy-mm-dd');
  return { ...t, sheet };
}

function bestOf(runs: number, work: () => void): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    work();
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

test('getValues of 5,000 x 12 is fast and returns Dates for the date column', () => {
  const { sheet } = bigPlan();
  let values: unknown[][] = [];
  const ms = bestOf(3, () => {
    values = sheet.getRange(2, 1, ROWS, 12).getValues();
  });
  expect(values).toHaveLength(ROWS);
  expect(values[0][6]).toBeInstanceOf(Date);
  expect(typeof values[0][10]).toBe('number');
  expect(ms).toBeLessThan(400);
});

test('effective formats of a whole plan are computed once per row for anchored rules', () => {
  const { app, sheet, book } = bigPlan();
  sheet.setConditionalFormatRules([
    app
      .newConditionalFormatRule()
      .whenFormulaSatisfied('=AND($G2<TODAY(),$H2<>"Done")')
      .setBackground('#f4cccc')
      .setRanges([sheet.getRange(2, 1, ROWS, 12)])
      .build(),
  ]);
  const calls = jest.spyOn(book.hf, 'calculateFormula');
  const state = book.toJSON();
  expect(calls.mock.calls.length).toBeLessThanOrEqual(ROWS);
  expect(state.sheets[0].backgrounds![1][0]).toBe('#f4cccc'); // Jan 1 2026, not done
  expect(state.sheets[0].backgrounds![2][0]).toBe('#ffffff'); // done
});
