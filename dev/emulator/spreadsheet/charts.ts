// Embedded charts as a sheet holds them: a chart type, the ranges its data comes from (on any
// sheet of the file), where it floats over the grid (an anchor cell and a pixel offset), how its
// data is read (headers, transposition) and its options, kept as JSON.
import type { GridRange } from './a1';
import type { SheetRangeRef } from './models';
import type { LineMap } from './ref-shift';

/** A chart option's value: what survives JSON (a Date becomes its ISO text). */
export type ChartOptionValue =
  null | string | number | boolean | ChartOptionValue[] | { [key: string]: ChartOptionValue };

export interface ChartRecord {
  /** Unique in its spreadsheet; null for a chart built but not (yet) inserted. */
  chartId: number | null;
  /** A Charts.ChartType name. */
  chartType: string;
  ranges: SheetRangeRef[];
  anchorRow: number;
  anchorColumn: number;
  offsetX: number;
  offsetY: number;
  /** Rows (or columns, transposed) read as headers; -1 lets Sheets guess. */
  numHeaders: number;
  transpose: boolean;
  /** Charts.ChartHiddenDimensionStrategy and Charts.ChartMergeStrategy names. */
  hiddenDimensionStrategy: string;
  mergeStrategy: string;
  /** By the name given to setOption ('isStacked', 'legend.position'). */
  options: Record<string, ChartOptionValue>;
}

/** What Sheets gives a chart nobody configured. */
export function newChartRecord(): ChartRecord {
  return {
    chartId: null,
    chartType: '',
    ranges: [],
    anchorRow: 1,
    anchorColumn: 1,
    offsetX: 0,
    offsetY: 0,
    numHeaders: -1,
    transpose: false,
    hiddenDimensionStrategy: 'IGNORE_BOTH',
    mergeStrategy: 'MERGE_COLUMNS',
    options: {},
  };
}

export function copyChart(chart: ChartRecord): ChartRecord {
  return structuredClone(chart);
}

export function sameRange(a: SheetRangeRef, b: SheetRangeRef): boolean {
  return (
    a.sheetId === b.sheetId &&
    a.range.row === b.range.row &&
    a.range.column === b.range.column &&
    a.range.numRows === b.range.numRows &&
    a.range.numColumns === b.range.numColumns
  );
}

/** A value as setOption keeps it: JSON only, so it saves and reads back the same. */
export function optionValue(value: unknown): ChartOptionValue {
  if (value === undefined) return null;
  return JSON.parse(JSON.stringify(value)) as ChartOptionValue;
}

/**
 * An option by its name; a dotted name ('legend.position') also finds a value set as an object
 * ('legend' = { position: 'bottom' }), as the chart reads them alike. Null when unset.
 */
export function optionOf(chart: ChartRecord, name: string): ChartOptionValue {
  if (name in chart.options) return chart.options[name];
  const parts = name.split('.');
  for (let i = parts.length - 1; i > 0; i--) {
    let value: ChartOptionValue | undefined = chart.options[parts.slice(0, i).join('.')];
    for (const key of parts.slice(i)) {
      value =
        value !== null && typeof value === 'object' && !Array.isArray(value)
          ? value[key]
          : undefined;
    }
    if (value !== undefined) return value;
  }
  return null;
}

/**
 * The chart's ranges after a structural change on the sheet `sheetId`: they shift, grow, shrink
 * or split there as conditional-format ranges do; a range deleted whole is dropped.
 */
export function followChartRanges(
  chart: ChartRecord,
  sheetId: number,
  shift: (r: GridRange) => GridRange[],
): ChartRecord {
  if (!chart.ranges.some((ref) => ref.sheetId === sheetId)) return chart;
  const ranges = chart.ranges.flatMap((ref) =>
    ref.sheetId === sheetId ? shift(ref.range).map((range) => ({ sheetId, range })) : [ref],
  );
  return { ...chart, ranges };
}

/**
 * A chart keeps its anchor cell through a structural change on its own sheet, landing on the
 * next line when the anchor's line was deleted (`last`: the sheet's last line after the change).
 */
export function followChartAnchor(chart: ChartRecord, map: LineMap, last: number): ChartRecord {
  const move = (n: number) => {
    const to = map.line(n) ?? map.span(n, Number.MAX_SAFE_INTEGER)?.[0] ?? n;
    return Math.max(1, Math.min(to, last));
  };
  return map.axis === 'rows'
    ? { ...chart, anchorRow: move(chart.anchorRow) }
    : { ...chart, anchorColumn: move(chart.anchorColumn) };
}
