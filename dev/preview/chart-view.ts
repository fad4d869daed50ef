// What the page draws for an embedded chart: its data read live from the cells its ranges cover
// (first column as the categories, the other columns as series named by their header), how it
// stacks, its title and legend, and where it floats over the grid.
import { optionOf, type ChartRecord } from '../emulator/spreadsheet/charts';
import { formatCellValue } from '../emulator/spreadsheet/number-format';
import type { SheetModel } from '../emulator/spreadsheet/sheet-model';
import type { Workbook } from '../emulator/spreadsheet/workbook';

/** The kinds the page can draw; any other chart is drawn as columns, and says so. */
export type DrawnType = 'COLUMN' | 'BAR' | 'LINE';
export type LegendPosition = 'right' | 'left' | 'top' | 'bottom' | 'none';

export interface ChartSeries {
  name: string;
  /** One per category; null where the cell holds no number. */
  values: (number | null)[];
}

export interface ChartView {
  chartId: number;
  drawnAs: DrawnType;
  /** The chart's own type, when it is one the page does not draw. */
  notDrawnType?: string;
  title: string;
  stacked: boolean;
  /** Stacked to 100%. */
  percent: boolean;
  legend: LegendPosition;
  colors: string[];
  categories: string[];
  series: ChartSeries[];
  anchor: { row: number; column: number; offsetX: number; offsetY: number };
  width: number;
  height: number;
}

/** A Sheets chart's size when nobody set one. */
const DEFAULT_WIDTH = 600;
const DEFAULT_HEIGHT = 371;
/** Sheets' default series colours, in order. */
const PALETTE = ['#4285f4', '#ea4335', '#fbbc04', '#34a853', '#ff6d01', '#46bdc6', '#7baaf7'];

interface Cell {
  value: number | string | boolean | null;
  text: string;
}

/** The chart's ranges as one table: side by side (MERGE_COLUMNS) or one under the other. */
function tableOf(workbook: Workbook, chart: ChartRecord): Cell[][] {
  const blocks = chart.ranges.flatMap((ref) => {
    const sheet = workbook.getSheetById(ref.sheetId);
    return sheet ? [blockOf(sheet, ref.range, chart.hiddenDimensionStrategy)] : [];
  });
  let table: Cell[][];
  if (chart.mergeStrategy === 'MERGE_ROWS') table = blocks.flat();
  else {
    const height = Math.max(0, ...blocks.map((b) => b.length));
    table = Array.from({ length: height }, (_, i) => blocks.flatMap((b) => b[i] ?? []));
  }
  if (!chart.transpose) return table;
  const width = Math.max(0, ...table.map((row) => row.length));
  return Array.from({ length: width }, (_, j) => table.map((row) => row[j]));
}

function blockOf(sheet: SheetModel, range: ChartRecord['ranges'][number]['range'], hide: string) {
  const block = sheet.read(range);
  const skipHidden = hide === 'IGNORE_BOTH' || hide === 'IGNORE_COLUMNS';
  return block.values.map((row, i) =>
    row.flatMap((value, j) =>
      skipHidden && sheet.hiddenColumns.has(range.column + j)
        ? []
        : [{ value, text: formatCellValue(value, block.formats[i][j]) }],
    ),
  );
}

/** Sheets' guess when told nothing: a first row of words over numbers is a header. */
function headerRows(chart: ChartRecord, table: Cell[][]): number {
  if (chart.numHeaders >= 0) return Math.min(chart.numHeaders, table.length);
  const first = table[0]?.slice(1) ?? [];
  return first.some((c) => c && typeof c.value === 'string' && c.value !== '') ? 1 : 0;
}

function legendOf(chart: ChartRecord): LegendPosition {
  const set = optionOf(chart, 'legend.position') ?? optionOf(chart, 'legend');
  const value = typeof set === 'string' ? set.toLowerCase() : 'right';
  return (['left', 'top', 'bottom', 'none'] as const).find((p) => p === value) ?? 'right';
}

function sizeOf(chart: ChartRecord, name: 'width' | 'height', fallback: number): number {
  const value = optionOf(chart, name);
  return typeof value === 'number' && value >= 100 && value <= 2000 ? value : fallback;
}

function drawnType(chartType: string): DrawnType | undefined {
  if (chartType === 'COLUMN' || chartType === 'BAR' || chartType === 'LINE') return chartType;
  return undefined;
}

export function chartView(workbook: Workbook, chart: ChartRecord): ChartView {
  const table = tableOf(workbook, chart);
  const headers = headerRows(chart, table);
  const rows = table.slice(headers);
  const width = Math.max(0, ...table.map((row) => row.length));
  const series: ChartSeries[] = [];
  for (let j = 1; j < width; j++) {
    const name = table
      .slice(0, headers)
      .map((row) => row[j]?.text ?? '')
      .filter(Boolean)
      .join(' ');
    series.push({
      name: name || `Series ${j}`,
      values: rows.map((row) => {
        const value = row[j]?.value;
        return typeof value === 'number' ? value : null;
      }),
    });
  }
  const stacking = optionOf(chart, 'isStacked');
  const percent = stacking === 'percent' || stacking === 'relative';
  const colors = optionOf(chart, 'colors');
  const title = optionOf(chart, 'title');
  const drawn = drawnType(chart.chartType);
  return {
    chartId: chart.chartId ?? 0,
    drawnAs: drawn ?? 'COLUMN',
    ...(drawn ? {} : { notDrawnType: chart.chartType }),
    title: typeof title === 'string' ? title : '',
    stacked: stacking === true || stacking === 'true' || stacking === 'absolute' || percent,
    percent,
    legend: legendOf(chart),
    colors:
      Array.isArray(colors) && colors.every((c) => typeof c === 'string')
        ? (colors as string[])
        : PALETTE,
    categories: rows.map((row) => row[0]?.text ?? ''),
    series,
    anchor: {
      row: chart.anchorRow,
      column: chart.anchorColumn,
      offsetX: chart.offsetX,
      offsetY: chart.offsetY,
    },
    width: sizeOf(chart, 'width', DEFAULT_WIDTH),
    height: sizeOf(chart, 'height', DEFAULT_HEIGHT),
  };
}

export function chartViews(workbook: Workbook, sheet: SheetModel): ChartView[] {
  return sheet.charts.map((chart) => chartView(workbook, chart));
}
