import { Workbook } from '../emulator/spreadsheet/workbook';
import type { SheetState } from '../emulator/spreadsheet/workbook-state';
import { MAX_DRAWN_ROWS, sheetTabs, sheetView } from './view';

const NOW = Date.parse('2026-05-04T14:00:00Z');

function book(sheet: Partial<SheetState>, more: SheetState[] = []): Workbook {
  return Workbook.fromJSON(
    {
      id: 'view-test',
      name: 'View test',
      timeZone: 'America/New_York',
      sheets: [
        {
          name: 'MAP',
          sheetId: 0,
          maxRows: 1000,
          maxColumns: 8,
          frozenRows: 0,
          values: [],
          formulas: [],
          ...sheet,
        },
        ...more,
      ],
    },
    () => NOW,
  );
}

function viewOf(workbook: Workbook, name = 'MAP') {
  return sheetView(workbook, workbook.getSheetByName(name)!);
}

describe('sheetView', () => {
  it('aligns as Sheets does: numbers and dates right, booleans centred, text left unless set', () => {
    const view = viewOf(
      book({
        values: [['Kickoff', 42, { date: '2026-06-01' }, true, 'Centre']],
        formulas: [['', '', '', '', '']],
        formats: { C1: { numberFormat: 'd mmm yyyy' }, E1: { horizontalAlignment: 'center' } },
      }),
    );
    const [text, number, date, flag, centred] = view.cells[0];
    expect(text).toEqual({ text: 'Kickoff' });
    expect(number.align).toBe('right');
    expect(date).toMatchObject({ text: '1 Jun 2026', align: 'right' });
    expect(flag).toMatchObject({ text: 'TRUE', align: 'center' });
    expect(centred.align).toBe('center');
  });

  it('opens an editor on what a person would type: the formula, or the date as m/d/yyyy', () => {
    const view = viewOf(
      book({
        values: [[{ date: '2026-06-01' }, 2, 3, '']],
        formulas: [['', '', '', '=B1+C1']],
        formats: { A1: { numberFormat: 'd mmm yyyy' } },
      }),
    );
    expect(view.cells[0][0]).toMatchObject({ text: '1 Jun 2026', input: '6/1/2026' });
    expect(view.cells[0][3]).toMatchObject({ text: '5', input: '=B1+C1' });
    // Plain text needs no separate input.
    expect(view.cells[0][1].input).toBeUndefined();
  });

  it('paints the first matching conditional rule over the cell’s own format, underline included', () => {
    const view = viewOf(
      book({
        values: [
          ['Late step', 'Open'],
          ['Fine step', 'Done'],
        ],
        formulas: [
          ['', ''],
          ['', ''],
        ],
        formats: { A1: { bold: true, fontColor: '#333333' }, A2: { bold: true } },
        conditionalFormats: [
          {
            ranges: ['A1:B2'],
            criteria: 'CUSTOM_FORMULA',
            values: ['=$B1="Open"'],
            format: { background: '#F9EDA5', underline: true, fontColor: '#4A3F00' },
          },
          {
            ranges: ['A1:B2'],
            criteria: 'CUSTOM_FORMULA',
            values: ['=LEN($A1)>0'],
            format: { background: '#C6E0F5', strikethrough: true },
          },
        ],
      }),
    );
    const [late, fine] = [view.cells[0][0], view.cells[1][0]];
    expect(late.background?.toLowerCase()).toBe('#f9eda5');
    expect(late.color?.toLowerCase()).toBe('#4a3f00');
    expect(late).toMatchObject({ underline: true, bold: true });
    expect(late.strike).toBeUndefined();
    // Row 2 fails the first rule, so the second one paints it.
    expect(fine.background?.toLowerCase()).toBe('#c6e0f5');
    expect(fine).toMatchObject({ strike: true, bold: true });
    expect(fine.underline).toBeUndefined();
    // A cell no rule covers keeps white and black, which the view leaves out.
    expect(view.cells[2][0]).toEqual({});
  });

  it('marks dropdowns with their choices, checkboxes with their state, and date-only cells', () => {
    const view = viewOf(
      book({
        values: [
          ['Status', 'Weekly', 'Due'],
          ['Done', true, ''],
          ['', false, ''],
        ],
        formulas: [
          ['', '', ''],
          ['', '', ''],
          ['', '', ''],
        ],
        validations: [
          {
            ranges: ['A2:A3'],
            anchor: 'A2',
            criteria: 'VALUE_IN_LIST',
            values: [['Not started', 'Done']],
            allowInvalid: false,
            helpText: null,
          },
          {
            ranges: ['B2:B3'],
            anchor: 'B2',
            criteria: 'CHECKBOX',
            values: [],
            allowInvalid: false,
            helpText: null,
          },
          {
            ranges: ['C2:C3'],
            anchor: 'C2',
            criteria: 'DATE_IS_VALID_DATE',
            values: [],
            allowInvalid: false,
            helpText: null,
          },
        ],
      }),
    );
    expect(view.cells[1][0].choices).toEqual(['Not started', 'Done']);
    expect(view.cells[2][0].choices).toEqual(['Not started', 'Done']);
    expect(view.cells[0][0].choices).toBeUndefined();
    expect(view.cells[1][1]).toMatchObject({ checkbox: true, checked: true });
    expect(view.cells[2][1].checkbox).toBe(true);
    expect(view.cells[2][1].checked).toBeUndefined();
    expect(view.cells[1][2].date).toBe(true);
  });

  it('keeps wrap, notes, widths, frozen rows and hidden columns', () => {
    const view = viewOf(
      book({
        values: [['Header', 'x']],
        formulas: [['', '']],
        frozenRows: 1,
        formats: { A1: { wrap: 'WRAP', note: 'Why' } },
        columnWidths: { B: 240 },
        hiddenColumns: ['C'],
      }),
    );
    expect(view.cells[0][0]).toMatchObject({ wrap: true, note: 'Why' });
    expect(view.frozenRows).toBe(1);
    expect(view.columnWidths.slice(0, 3)).toEqual([100, 240, 100]);
    expect(view.hiddenColumns).toEqual([3]);
  });

  it('draws room to type below the content, and a large sheet only in part', () => {
    const small = viewOf(book({ values: [['a']], formulas: [['']] }));
    expect(small.contentRows).toBe(1);
    expect(small.rows).toBeGreaterThanOrEqual(26);
    expect(small.cells).toHaveLength(small.rows);
    expect(small.cells[0]).toHaveLength(8);

    const rows = MAX_DRAWN_ROWS + 100;
    const large = viewOf(
      book({
        values: Array.from({ length: rows }, (_, i) => [`Step ${i + 1}`]),
        formulas: Array.from({ length: rows }, () => ['']),
      }),
    );
    expect(large.contentRows).toBe(rows);
    expect(large.rows).toBe(MAX_DRAWN_ROWS);
    expect(large.cells[MAX_DRAWN_ROWS - 1][0].text).toBe(`Step ${MAX_DRAWN_ROWS}`);
  });

  it('draws rows enough for a chart anchored below them to stand on', () => {
    const chart = (row: number) => ({
      chartId: 1,
      chartType: 'COLUMN',
      ranges: ["'MAP'!A1:B2"],
      position: { row, column: 2, offsetX: 0, offsetY: 10 },
    });
    const view = viewOf(book({ values: [['a', 1]], formulas: [['', '']], charts: [chart(60)] }));
    // 371 px of chart and its 10 px offset: 19 rows of 21 px below row 60.
    expect(view.rows).toBe(79);
    expect(view.charts.map((c) => c.anchor.row)).toEqual([60]);
    const far = viewOf(book({ values: [['a', 1]], formulas: [['', '']], charts: [chart(900)] }));
    expect(far.rows).toBe(MAX_DRAWN_ROWS);
  });

  it('reports the selection the add-on made, on its own sheet only', () => {
    const workbook = book({ values: [['a']], formulas: [['']] }, [
      {
        name: 'Other',
        sheetId: 7,
        maxRows: 100,
        maxColumns: 5,
        frozenRows: 0,
        values: [],
        formulas: [],
      },
    ]);
    workbook.activeRange = { sheetId: 0, range: { row: 3, column: 1, numRows: 1, numColumns: 8 } };
    expect(viewOf(workbook).activeRange).toEqual({ row: 3, column: 1, numRows: 1, numColumns: 8 });
    expect(viewOf(workbook, 'Other').activeRange).toBeNull();
  });
});

describe('sheetTabs', () => {
  it('lists the visible sheets in order, with their colours', () => {
    const workbook = book({ tabColor: '#ff0000' }, [
      {
        name: 'Hidden',
        sheetId: 3,
        maxRows: 10,
        maxColumns: 2,
        frozenRows: 0,
        hidden: true,
        values: [],
        formulas: [],
      },
      {
        name: 'Stakeholders',
        sheetId: 4,
        maxRows: 10,
        maxColumns: 2,
        frozenRows: 0,
        values: [],
        formulas: [],
      },
    ]);
    expect(sheetTabs(workbook)).toEqual([
      { name: 'MAP', sheetId: 0, color: '#ff0000' },
      { name: 'Stakeholders', sheetId: 4, color: null },
    ]);
  });
});
