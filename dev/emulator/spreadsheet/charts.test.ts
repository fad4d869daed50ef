// The chart model under people's structural edits (moved columns, inserted columns) and the
// option lookup, through the host-side facade (which counts nothing).
import { newChartRecord, optionOf, optionValue, type ChartRecord } from './charts';
import { testBook } from './test-book.test-util';

function withChart() {
  const t = testBook();
  const sheet = t.app.getActiveSpreadsheet()!.getActiveSheet();
  sheet.getRange('A1:C3').setValues([
    ['Week', 'Acme', 'Globex'],
    ['Mar 4', 1, 2],
    ['Mar 11', 3, 4],
  ]);
  sheet.insertChart(
    sheet
      .newChart()
      .setChartType('COLUMN' as unknown as GoogleAppsScript.Charts.ChartType)
      .addRange(sheet.getRange('A1:C3'))
      .setPosition(5, 4, 0, 0)
      .build(),
  );
  const model = () => t.book.sheets[0].charts[0];
  return { ...t, sheet, model };
}

describe('chart model', () => {
  it('moves its anchor column and its data with columns inserted before them', () => {
    const { book, sheet, model } = withChart();
    sheet.insertColumnsBefore(1, 2);
    expect(model()).toMatchObject({ anchorRow: 5, anchorColumn: 6 });
    expect(model().ranges).toEqual([
      { sheetId: 0, range: { row: 1, column: 3, numRows: 3, numColumns: 3 } },
    ]);
    // Rows inserted below the anchor leave it where it is.
    book.userInsertRows('Sheet1', 9, 4);
    expect(model().anchorRow).toBe(5);
  });

  it('splits its data when a person moves a column out of the middle of it', () => {
    const { book, model } = withChart();
    // Column B (Acme) moves after column E: the data is now A:B (Week, Globex) and E (Acme).
    book.userMoveColumns('Sheet1', 2, 1, 6);
    expect(model().ranges.map((r) => r.range)).toEqual([
      { row: 1, column: 1, numRows: 3, numColumns: 2 },
      { row: 1, column: 5, numRows: 3, numColumns: 1 },
    ]);
    expect(model().anchorColumn).toBe(3);
  });

  it('finds an option by its name, or by a dotted path into an object, else null', () => {
    const chart: ChartRecord = newChartRecord();
    chart.options = {
      title: optionValue('Steps'),
      legend: optionValue({ position: 'bottom', textStyle: { fontSize: 10 } }),
      'hAxis.title': optionValue('Week'),
      when: optionValue(new Date(Date.UTC(2024, 2, 4))),
      nothing: optionValue(undefined),
    };
    expect(optionOf(chart, 'title')).toBe('Steps');
    expect(optionOf(chart, 'legend.position')).toBe('bottom');
    expect(optionOf(chart, 'legend.textStyle.fontSize')).toBe(10);
    expect(optionOf(chart, 'hAxis.title')).toBe('Week');
    expect(optionOf(chart, 'hAxis')).toBeNull();
    expect(optionOf(chart, 'legend.alignment')).toBeNull();
    expect(optionOf(chart, 'when')).toBe('2024-03-04T00:00:00.000Z');
    expect(optionOf(chart, 'nothing')).toBeNull();
  });
});
