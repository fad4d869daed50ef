// Embedded charts, run from a fixture add-on through the whole emulator: built with
// Sheet.newChart(), inserted, read back, changed through modify() and updateChart, removed,
// counted like every service call, moved by structural edits, saved in the state and removed
// with their sheet.
// https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder
// https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertChart(EmbeddedChart)
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Emulator, type EmulatorState } from '..';
import { PROTECTED_MESSAGE } from '../spreadsheet';
import { codeOf, fixture, runCli } from './helpers';

const PROSPECT = 'prospect@customer.example';

/** Steps per week by deal: a header row, then a week per row. */
const DEALS = [
  ['Week', 'Acme', 'Globex', 'Initech'],
  ['Mar 4', 2, 1, 0],
  ['Mar 11', 1, 3, 2],
  ['Mar 18', 0, 2, 4],
  ['Mar 25', 3, 0, 1],
];

interface ChartInfo {
  id: number;
  legacyId: string;
  ranges: string[];
  anchor: number[];
  headers: number;
  transposed: boolean;
  stacked: unknown;
  title: unknown;
  legend: unknown;
  unset: unknown;
}

const charts = (emu: Emulator, tab?: string) => emu.call('describeCharts', tab) as ChartInfo[];

function withDeals(options: Parameters<typeof fixture>[1] = {}): Emulator {
  const emu = fixture('charts', options);
  emu.call('writeDeals', DEALS);
  return emu;
}

describe('embedded charts', () => {
  it('builds, inserts and reads back a stacked column chart, counting every call', () => {
    const emu = withDeals();
    emu.resetCounts();
    // The chart built in the script is not on a sheet: it has no id (the one on the sheet has).
    expect(emu.call('insertDealsChart', 'A1:D5', 2, 6)).toBeNull();
    expect(emu.counts()).toEqual({
      'EmbeddedChartBuilder.addRange': 1,
      'EmbeddedChartBuilder.build': 1,
      'EmbeddedChart.getChartId': 1,
      'EmbeddedChartBuilder.setChartType': 1,
      'EmbeddedChartBuilder.setNumHeaders': 1,
      'EmbeddedChartBuilder.setOption': 3,
      'EmbeddedChartBuilder.setPosition': 1,
      'Sheet.getRange': 1,
      'Sheet.insertChart': 1,
      'Sheet.newChart': 1,
      'Spreadsheet.getSheetByName': 1,
      'SpreadsheetApp.getActiveSpreadsheet': 1,
    });
    const [chart] = charts(emu);
    expect(chart).toEqual({
      id: expect.any(Number),
      legacyId: String(chart.id),
      ranges: ['My deals!A1:D5'],
      anchor: [2, 6, 10, 4],
      headers: 1,
      transposed: false,
      stacked: true,
      title: 'Steps per week',
      // Set as an object, read by its dotted name.
      legend: 'bottom',
      unset: null,
    });
    expect(emu.counts()).toMatchObject({
      'Sheet.getCharts': 1,
      'EmbeddedChart.getContainerInfo': 1,
      'ContainerInfo.getAnchorRow': 1,
      'EmbeddedChart.getOptions': 1,
      'ChartOptions.get': 4,
      'EmbeddedChart.getRanges': 1,
    });
    // A second chart gets an id of its own.
    emu.call('insertDealsChart', 'A1:B5', 20, 1);
    const ids = charts(emu).map((c) => c.id);
    expect(new Set(ids).size).toBe(2);
  });

  it('changes a chart only when updateChart saves what modify() built', () => {
    const emu = withDeals();
    emu.call('insertDealsChart', 'A1:D5', 2, 6);
    const id = charts(emu)[0].id;
    expect(emu.call('retitle', 'Steps by deal', 'A1:C5')).toEqual({
      before: 'Steps per week',
      unsaved: 'Steps per week',
      after: 'Steps by deal',
    });
    // The same range added twice is held once; the chart keeps its id and everything else.
    expect(charts(emu)).toEqual([
      expect.objectContaining({
        id,
        ranges: ['My deals!A1:C5'],
        stacked: true,
        anchor: [2, 6, 10, 4],
      }),
    ]);
  });

  it('removes a chart from its sheet, and says why a chart that is not there cannot be', () => {
    const emu = withDeals();
    emu.call('insertDealsChart', 'A1:D5', 2, 6);
    emu.call('insertDealsChart', 'A1:B5', 20, 1);
    expect(emu.call('removeFirstChart')).toBe(1);
    expect(charts(emu).map((c) => c.ranges)).toEqual([['My deals!A1:B5']]);
    expect(() => emu.call('removeBuiltChart')).toThrow(
      'removeChart: the chart is not on a sheet; add a new chart with insertChart, then take it from getCharts().',
    );
    expect(() => emu.call('buildWithoutType')).toThrow(
      'The chart has no type: call setChartType(Charts.ChartType...) first.',
    );
    expect(emu.call('chartTypeOf', 'LINE')).toBe('LINE');
    expect(() => emu.call('chartTypeOf', 'PIE_3D')).toThrow(
      "The parameters (String) don't match the method signature for SpreadsheetApp.EmbeddedChartBuilder.setChartType.",
    );
  });

  it('keeps its anchor cell and its data through rows inserted and deleted above', () => {
    const emu = withDeals();
    emu.call('insertDealsChart', 'A1:D5', 8, 6);
    emu.call('insertSummaryChart', 'A1:C5');
    emu.call('insertRowsAbove', 1, 2);
    expect(charts(emu)[0]).toMatchObject({ anchor: [10, 6, 10, 4], ranges: ['My deals!A3:D7'] });
    // The chart on another tab follows the data it reads from this one.
    expect(charts(emu, 'Summary')[0]).toMatchObject({
      anchor: [2, 2, 0, 0],
      ranges: ['My deals!A3:C7'],
    });
    // Deleting rows through the anchor's own row: the chart lands on the next row left.
    emu.call('deleteRows', 9, 3);
    expect(charts(emu)[0]).toMatchObject({ anchor: [9, 6, 10, 4], ranges: ['My deals!A3:D7'] });
    // Deleting the data whole leaves the chart with no range.
    emu.call('deleteRows', 3, 5);
    expect(charts(emu)[0]).toMatchObject({ anchor: [4, 6, 10, 4], ranges: [] });
    expect(charts(emu, 'Summary')[0].ranges).toEqual([]);
  });

  it('go with their sheet; charts elsewhere lose the data they read from it', () => {
    const emu = withDeals();
    emu.call('insertDealsChart', 'A1:D5', 2, 6);
    emu.call('insertSummaryChart', 'A1:C5');
    emu.call('deleteDealsTab');
    expect(emu.workbook.getSheetByName('My deals')).toBeNull();
    expect(charts(emu, 'Summary')).toEqual([expect.objectContaining({ ranges: [] })]);
  });

  it('are protected with their sheet from people the protection leaves out', () => {
    const emu = withDeals({
      editors: [PROSPECT],
      authorizedUsers: ['owner@vendor.example', PROSPECT],
    });
    emu.call('protectDealsTab');
    expect(() => emu.callAs(PROSPECT, 'insertDealsChart', 'A1:D5', 2, 6)).toThrow(
      PROTECTED_MESSAGE,
    );
    emu.call('insertDealsChart', 'A1:D5', 2, 6);
    expect(() => emu.callAs(PROSPECT, 'removeFirstChart')).toThrow(PROTECTED_MESSAGE);
    expect(charts(emu)).toHaveLength(1);
  });

  it('live in the saved state, in every spreadsheet, and come back from it', () => {
    const emu = withDeals({ spreadsheetName: 'Acme deal' });
    emu.call('insertDealsChart', 'A1:D5', 2, 6);
    emu.useSpreadsheet('Globex deal');
    emu.call('writeDeals', DEALS);
    emu.call('insertDealsChart', 'A1:C5', 3, 1);
    const state = JSON.parse(JSON.stringify(emu.toState())) as EmulatorState;
    const saved = state.spreadsheet.sheets.find((s) => s.name === 'My deals')!.charts;
    expect(saved).toEqual([
      {
        chartId: expect.any(Number),
        chartType: 'COLUMN',
        ranges: ["'My deals'!A1:C5"],
        position: { row: 3, column: 1, offsetX: 10, offsetY: 4 },
        numHeaders: 1,
        transpose: false,
        hiddenDimensionStrategy: 'IGNORE_BOTH',
        mergeStrategy: 'MERGE_COLUMNS',
        options: { isStacked: true, title: 'Steps per week', legend: { position: 'bottom' } },
      },
    ]);
    const again = Emulator.fromState(state, { codePath: codeOf('charts') }).load();
    expect(charts(again)).toEqual(charts(emu));
    again.useSpreadsheet('Acme deal');
    emu.useSpreadsheet('Acme deal');
    expect(charts(again)).toEqual(charts(emu));
    expect(charts(again)[0].ranges).toEqual(['My deals!A1:D5']);
  });

  it('survive the command line’s --out and --workbook', () => {
    const dir = mkdtempSync(join(tmpdir(), 'emulator-charts-'));
    try {
      const out = join(dir, 'day1.json');
      const code = ['--code', codeOf('charts'), '--now', '2024-03-04T09:00'];
      const first = runCli([
        ...code,
        '--call',
        'writeDeals',
        '--args',
        JSON.stringify([DEALS]),
        '--call',
        'insertDealsChart',
        '--args',
        '["A1:D5", 2, 6]',
        '--out',
        out,
      ]);
      expect(first.stderr).toBe('');
      expect(first.status).toBe(0);
      const second = runCli([...code, '--workbook', out, '--call', 'describeCharts']);
      expect(second.status).toBe(0);
      const result = (JSON.parse(second.stdout) as EmulatorState).lastCall?.result;
      expect(result).toEqual([
        expect.objectContaining({ ranges: ['My deals!A1:D5'], stacked: true }),
      ]);
      const saved = JSON.parse(readFileSync(out, 'utf8')) as EmulatorState;
      const tab = saved.spreadsheet.sheets.find((s) => s.name === 'My deals');
      expect(tab?.charts?.map((c) => c.chartType)).toEqual(['COLUMN']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
