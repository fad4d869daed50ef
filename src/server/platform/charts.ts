// Embedded charts. A tab that is refreshed keeps ONE chart: the first chart on the sheet is
// modified in place (updateChart), and only a sheet with none gets a new one (insertChart).

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

export interface ChartPlacement {
  title: string;
  anchorRow: number;
  anchorColumn: number;
}

/** A stacked column chart of `data` (first column the categories, first row the series). */
export function upsertStackedColumnChart(
  sheet: Sheet,
  data: Range,
  placement: ChartPlacement,
): void {
  const existing = sheet.getCharts()[0];
  const builder = existing ? existing.modify().clearRanges() : sheet.newChart();
  const chart = builder
    .setChartType(Charts.ChartType.COLUMN)
    .addRange(data)
    .setOption('isStacked', true)
    .setOption('title', placement.title)
    .setPosition(placement.anchorRow, placement.anchorColumn, 0, 0)
    .build();
  if (existing) sheet.updateChart(chart);
  else sheet.insertChart(chart);
}
