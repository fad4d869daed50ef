import type { ChartState } from '../emulator/spreadsheet/workbook-state';
import { Workbook } from '../emulator/spreadsheet/workbook';
import { chartViews } from './chart-view';

const NOW = Date.parse('2024-03-04T14:00:00Z');

const DEALS = [
  ['Week', 'Acme', 'Globex'],
  [{ date: '2024-03-04' }, 2, 1],
  [{ date: '2024-03-11' }, 1, 'n/a'],
  [{ date: '2024-03-18' }, '', 4],
];

/** A workbook whose "My deals" tab holds DEALS (or `values`) and the charts given. */
function chartsOf(charts: Partial<ChartState>[], values: unknown[][] = DEALS) {
  const book = Workbook.fromJSON(
    {
      id: 'charts',
      name: 'Charts',
      timeZone: 'America/New_York',
      sheets: [
        {
          name: 'My deals',
          sheetId: 0,
          maxRows: 100,
          maxColumns: 10,
          frozenRows: 0,
          values: values as never,
          formulas: [],
          formats: {
            A2: { numberFormat: 'MMM d' },
            A3: { numberFormat: 'MMM d' },
            A4: { numberFormat: 'MMM d' },
          },
          charts: charts.map((c, i) => ({
            chartId: i + 1,
            chartType: 'COLUMN',
            ranges: ["'My deals'!A1:C4"],
            position: { row: 2, column: 5, offsetX: 6, offsetY: 8 },
            ...c,
          })),
        },
      ],
    },
    () => NOW,
  );
  return chartViews(book, book.getSheetByName('My deals')!);
}

describe('chartViews', () => {
  it('reads the first column as categories and the others as series named by their header', () => {
    const [view] = chartsOf([
      {
        numHeaders: 1,
        options: { isStacked: true, title: 'Steps per week', legend: { position: 'bottom' } },
      },
    ]);
    expect(view).toMatchObject({
      chartId: 1,
      drawnAs: 'COLUMN',
      title: 'Steps per week',
      stacked: true,
      percent: false,
      legend: 'bottom',
      categories: ['Mar 4', 'Mar 11', 'Mar 18'],
      // Words and blanks are no number: the chart leaves a gap there.
      series: [
        { name: 'Acme', values: [2, 1, null] },
        { name: 'Globex', values: [1, null, 4] },
      ],
      anchor: { row: 2, column: 5, offsetX: 6, offsetY: 8 },
      width: 600,
      height: 371,
    });
    expect(view.notDrawnType).toBeUndefined();
  });

  it('guesses a header row only when the first row is words over numbers', () => {
    const [guessed] = chartsOf([{ numHeaders: -1 }]);
    expect(guessed.series.map((s) => s.name)).toEqual(['Acme', 'Globex']);
    const [numbers] = chartsOf(
      [{ numHeaders: -1, ranges: ["'My deals'!A1:B2"] }],
      [
        ['Q1', 5],
        ['Q2', 7],
      ],
    );
    expect(numbers.categories).toEqual(['Q1', 'Q2']);
    expect(numbers.series).toEqual([{ name: 'Series 1', values: [5, 7] }]);
  });

  it('joins several ranges side by side, and transposes when told', () => {
    const [joined] = chartsOf([
      { numHeaders: 1, ranges: ["'My deals'!A1:A4", "'My deals'!C1:C4"] },
    ]);
    expect(joined.series).toEqual([{ name: 'Globex', values: [1, null, 4] }]);
    const [transposed] = chartsOf([
      { numHeaders: 1, transpose: true, ranges: ["'My deals'!A1:C3"] },
    ]);
    expect(transposed.categories).toEqual(['Acme', 'Globex']);
    expect(transposed.series).toEqual([
      { name: 'Mar 4', values: [2, 1] },
      { name: 'Mar 11', values: [1, null] },
    ]);
  });

  it('draws what it cannot draw as columns, and says which type it was', () => {
    const [pie, bar] = chartsOf([
      { chartType: 'PIE', options: { isStacked: 'percent', legend: 'none', width: 400 } },
      { chartType: 'BAR', options: { colors: ['#111111', '#222222'] } },
    ]);
    expect(pie).toMatchObject({
      drawnAs: 'COLUMN',
      notDrawnType: 'PIE',
      stacked: true,
      percent: true,
      legend: 'none',
      width: 400,
    });
    expect(bar).toMatchObject({ drawnAs: 'BAR', colors: ['#111111', '#222222'], legend: 'right' });
  });
});
