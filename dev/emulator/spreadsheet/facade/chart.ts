// EmbeddedChart, its builder, its options and its position on the sheet.
// https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart
// https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder
// Every object here holds its own copy of the chart: a chart from getCharts() is a snapshot, and
// a builder's changes reach the sheet only through insertChart or updateChart, as documented.
import { KIND } from '../../kind';
import {
  copyChart,
  newChartRecord,
  optionOf,
  optionValue,
  sameRange,
  type ChartOptionValue,
  type ChartRecord,
} from '../charts';
import type { SheetModel } from '../sheet-model';
import { ChartHiddenDimensionStrategy, ChartMergeStrategy, ChartType } from './enums';
import { MODEL, badArguments, modelOf, typeName, type Env } from './env';
import { RangeFacade, type RangeModel } from './range';

const BUILDER = 'SpreadsheetApp.EmbeddedChartBuilder';

export class ContainerInfoFacade {
  readonly [KIND] = 'ContainerInfo';

  constructor(private readonly chart: ChartRecord) {}

  getAnchorRow(): number {
    return this.chart.anchorRow;
  }
  getAnchorColumn(): number {
    return this.chart.anchorColumn;
  }
  getOffsetX(): number {
    return this.chart.offsetX;
  }
  getOffsetY(): number {
    return this.chart.offsetY;
  }
}

export class ChartOptionsFacade {
  readonly [KIND] = 'ChartOptions';

  constructor(private readonly chart: ChartRecord) {}

  /** The value set for `option`, or null. */
  get(option: string): ChartOptionValue {
    if (typeof option !== 'string') throw badArguments('Charts.ChartOptions.get', typeName(option));
    return structuredClone(optionOf(this.chart, option));
  }
}

/** The chart's ranges as Range objects of the sheets they are on. */
function rangesOf(env: Env, chart: ChartRecord): RangeFacade[] {
  return chart.ranges.flatMap((ref) => {
    const sheet = env.book.getSheetById(ref.sheetId);
    return sheet ? [new RangeFacade(env, sheet, { ...ref.range })] : [];
  });
}

export class EmbeddedChartFacade {
  readonly [KIND] = 'EmbeddedChart';
  readonly [MODEL]: { kind: 'EmbeddedChart'; value: ChartRecord };

  constructor(
    private readonly env: Env,
    private readonly sheet: SheetModel,
    private readonly chart: ChartRecord,
  ) {
    this[MODEL] = { kind: 'EmbeddedChart', value: chart };
  }

  /** Null until the chart is on a sheet: a built chart gets its id from insertChart. */
  getChartId(): number | null {
    return this.chart.chartId;
  }
  /** The older reference's string form of the same id. */
  getId(): string | null {
    return this.chart.chartId === null ? null : String(this.chart.chartId);
  }
  getContainerInfo(): ContainerInfoFacade {
    return new ContainerInfoFacade(copyChart(this.chart));
  }
  getHiddenDimensionStrategy(): string {
    return this.chart.hiddenDimensionStrategy;
  }
  getMergeStrategy(): string {
    return this.chart.mergeStrategy;
  }
  getNumHeaders(): number {
    return this.chart.numHeaders;
  }
  getOptions(): ChartOptionsFacade {
    return new ChartOptionsFacade(copyChart(this.chart));
  }
  getRanges(): RangeFacade[] {
    return rangesOf(this.env, this.chart);
  }
  getTransposeRowsAndColumns(): boolean {
    return this.chart.transpose;
  }
  /** A builder that starts from this chart; updateChart(builder.build()) saves its changes. */
  modify(): EmbeddedChartBuilderFacade {
    return new EmbeddedChartBuilderFacade(this.env, this.sheet, copyChart(this.chart));
  }
}

function member<T extends Record<string, string>>(
  values: T,
  method: string,
  value: unknown,
): T[keyof T] {
  if (typeof value !== 'string' || !(value in values)) {
    throw badArguments(`${BUILDER}.${method}`, typeName(value));
  }
  return value as T[keyof T];
}

function integer(method: string, ...values: unknown[]): number[] {
  if (!values.every((v) => typeof v === 'number' && Number.isInteger(v))) {
    throw badArguments(`${BUILDER}.${method}`, values.map(typeName).join(','));
  }
  return values as number[];
}

export class EmbeddedChartBuilderFacade {
  readonly [KIND] = 'EmbeddedChartBuilder';

  constructor(
    private readonly env: Env,
    private readonly sheet: SheetModel,
    private readonly chart: ChartRecord = newChartRecord(),
  ) {}

  private rangeRef(range: unknown, method: string) {
    const m = modelOf<RangeModel>(range, 'Range');
    if (!m) throw badArguments(`${BUILDER}.${method}`, typeName(range));
    return { sheetId: m.sheet.sheetId, range: { ...m.range } };
  }

  /** A range already in the chart is not added twice. */
  addRange(range: unknown): EmbeddedChartBuilderFacade {
    const ref = this.rangeRef(range, 'addRange');
    if (!this.chart.ranges.some((r) => sameRange(r, ref))) this.chart.ranges.push(ref);
    return this;
  }
  /** A range the chart does not have is no error. */
  removeRange(range: unknown): EmbeddedChartBuilderFacade {
    const ref = this.rangeRef(range, 'removeRange');
    this.chart.ranges = this.chart.ranges.filter((r) => !sameRange(r, ref));
    return this;
  }
  clearRanges(): EmbeddedChartBuilderFacade {
    this.chart.ranges = [];
    return this;
  }
  getRanges(): RangeFacade[] {
    return rangesOf(this.env, this.chart);
  }

  setChartType(type: unknown): EmbeddedChartBuilderFacade {
    this.chart.chartType = member(ChartType, 'setChartType', type);
    return this;
  }
  /** Null until a type is set. */
  getChartType(): string | null {
    return this.chart.chartType || null;
  }

  /** Any name and any value, unchecked, as the reference says; the value is kept as JSON. */
  setOption(option: unknown, value: unknown): EmbeddedChartBuilderFacade {
    if (typeof option !== 'string') {
      throw badArguments(`${BUILDER}.setOption`, `${typeName(option)},${typeName(value)}`);
    }
    this.chart.options[option] = optionValue(value);
    return this;
  }

  /** The anchor cell (1-based) and the top-left corner's offset from it in pixels. */
  setPosition(
    anchorRowPos: unknown,
    anchorColPos: unknown,
    offsetX: unknown,
    offsetY: unknown,
  ): EmbeddedChartBuilderFacade {
    const [row, column, x, y] = integer(
      'setPosition',
      anchorRowPos,
      anchorColPos,
      offsetX,
      offsetY,
    );
    if (row < 1 || row > this.sheet.maxRows) throw new Error('Those rows are out of bounds.');
    if (column < 1 || column > this.sheet.maxColumns) {
      throw new Error('Those columns are out of bounds.');
    }
    Object.assign(this.chart, { anchorRow: row, anchorColumn: column, offsetX: x, offsetY: y });
    return this;
  }
  getContainer(): ContainerInfoFacade {
    return new ContainerInfoFacade(copyChart(this.chart));
  }

  /** -1 lets Sheets decide. */
  setNumHeaders(headers: unknown): EmbeddedChartBuilderFacade {
    const [n] = integer('setNumHeaders', headers);
    if (n < -1) throw badArguments(`${BUILDER}.setNumHeaders`, typeName(headers));
    this.chart.numHeaders = n;
    return this;
  }
  setTransposeRowsAndColumns(transpose: unknown): EmbeddedChartBuilderFacade {
    if (typeof transpose !== 'boolean') {
      throw badArguments(`${BUILDER}.setTransposeRowsAndColumns`, typeName(transpose));
    }
    this.chart.transpose = transpose;
    return this;
  }
  setHiddenDimensionStrategy(strategy: unknown): EmbeddedChartBuilderFacade {
    this.chart.hiddenDimensionStrategy = member(
      ChartHiddenDimensionStrategy,
      'setHiddenDimensionStrategy',
      strategy,
    );
    return this;
  }
  setMergeStrategy(mergeStrategy: unknown): EmbeddedChartBuilderFacade {
    this.chart.mergeStrategy = member(ChartMergeStrategy, 'setMergeStrategy', mergeStrategy);
    return this;
  }

  /** The chart as built so far; it reaches the sheet through insertChart or updateChart. */
  build(): EmbeddedChartFacade {
    if (!this.chart.chartType) {
      throw new Error('The chart has no type: call setChartType(Charts.ChartType...) first.');
    }
    return new EmbeddedChartFacade(this.env, this.sheet, copyChart(this.chart));
  }
}

/** The record behind an EmbeddedChart passed to a Sheet method, or the usual complaint. */
export function chartArgument(chart: unknown, method: string): ChartRecord {
  const m = modelOf<ChartRecord>(chart, 'EmbeddedChart');
  if (!m) throw badArguments(`SpreadsheetApp.Sheet.${method}`, typeName(chart));
  return m;
}
