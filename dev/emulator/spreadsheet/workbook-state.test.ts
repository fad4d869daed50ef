// The saved state: readable JSON that round-trips.
import { Workbook } from './workbook';
import { testBook } from './test-book.test-util';

function richBook() {
  const t = testBook({ name: 'Acme MAP', id: 'sheet-123' });
  const { app } = t;
  const ss = app.getActive();
  const map = ss.getActiveSheet().setName('MAP');
  map
    .getRange('A1:D1')
    .setValues([['Step', 'Target', 'Status', 'Done?']])
    .setFontWeight('bold');
  map.getRange('A2:C3').setValues([
    ['POC', '2026-04-01', 'Done'],
    ["'007", new Date('2026-05-01T16:30:00Z'), 'Blocked'],
  ]);
  map.getRange('D2:D3').insertCheckboxes();
  map.getRange('E2').setFormula('=B2+7');
  map.getRange('F2').setFormula('=Stakeholders!A1');
  map.getRange('B2:B3').setNumberFormat('yyyy-mm-dd');
  map.setFrozenRows(1);
  map.setColumnWidth(1, 240);
  map.hideColumns(6);
  map
    .getRange('C2:C3')
    .setDataValidation(
      app
        .newDataValidation()
        .requireValueInList(['Done', 'Blocked'])
        .setAllowInvalid(false)
        .build(),
    );
  map.setConditionalFormatRules([
    app
      .newConditionalFormatRule()
      .whenFormulaSatisfied('=$C2="Blocked"')
      .setBackground('#f4cccc')
      .setRanges([map.getRange('A2:D3')])
      .build(),
    app
      .newConditionalFormatRule()
      .whenDateBefore(app.RelativeDate.TODAY)
      .setBold(true)
      .setRanges([map.getRange('B2:B3')])
      .build(),
  ]);
  const p = map.getRange('A1:D1').protect().setDescription('headers').setWarningOnly(true);
  p.removeEditors(['someone@vendor.example']);
  const people = ss.insertSheet('Stakeholders');
  people.getRange('A1').setValue('Ann');
  return { ...t, map, people };
}

test('toJSON describes values, dates, formulas, display, effective backgrounds and rules', () => {
  const { book } = richBook();
  const state = book.toJSON();
  expect(state).toMatchObject({ id: 'sheet-123', name: 'Acme MAP', timeZone: 'America/New_York' });
  const map = state.sheets[0];
  expect(map.name).toBe('MAP');
  expect(map.values[1].slice(0, 6)).toEqual([
    'POC',
    { date: '2026-04-01' },
    'Done',
    false,
    { date: '2026-04-08' },
    'Ann',
  ]);
  expect(map.values[2][0]).toBe('007');
  expect(map.values[2][1]).toEqual({ date: '2026-05-01T12:30:00' });
  expect(map.formulas[1][4]).toBe('=B2+7');
  expect(map.display![2][1]).toBe('2026-05-01');
  expect(map.backgrounds![2][0]).toBe('#f4cccc');
  expect(map.backgrounds![1][0]).toBe('#ffffff');
  expect(map.conditionalFormats![0]).toEqual({
    ranges: ['A2:D3'],
    criteria: 'CUSTOM_FORMULA',
    values: ['=$C2="Blocked"'],
    format: { background: '#f4cccc' },
  });
  expect(map.conditionalFormats![1].values).toEqual([{ relativeDate: 'TODAY' }]);
  expect(map.validations).toEqual(
    expect.arrayContaining([
      expect.objectContaining({
        ranges: ['C2:C3'],
        criteria: 'VALUE_IN_LIST',
        allowInvalid: false,
      }),
      expect.objectContaining({ ranges: ['D2:D3'], criteria: 'CHECKBOX' }),
    ]),
  );
  expect(map.protections).toEqual([
    {
      type: 'RANGE',
      range: 'A1:D1',
      description: 'headers',
      warningOnly: true,
      editors: [],
      domainEdit: false,
      unprotectedRanges: [],
    },
  ]);
  expect(map.frozenRows).toBe(1);
  expect(map.columnWidths).toEqual({ A: 240 });
  expect(map.hiddenColumns).toEqual(['F']);
  expect(JSON.parse(JSON.stringify(state))).toEqual(state);
});

test('fromJSON(toJSON()) is the same spreadsheet', () => {
  const { book, clock } = richBook();
  const state = JSON.parse(JSON.stringify(book.toJSON()));
  const copy = Workbook.fromJSON(state, () => clock.now);
  expect(copy.toJSON()).toEqual(book.toJSON());
  // And it behaves the same: validation still rejects, formulas still compute.
  expect(() => copy.userEdit('x@y.example', 'MAP', 'C2', 'Nope')).toThrow('violates');
  copy.userEdit('x@y.example', 'MAP', 'B2', '2026-04-10');
  expect(copy.toJSON().sheets[0].values[1][4]).toEqual({ date: '2026-04-17' });
});

test('a hand-written state loads with sensible defaults', () => {
  const book = Workbook.fromJSON(
    {
      id: 'x',
      name: 'Hand made',
      timeZone: 'Europe/Paris',
      sheets: [
        {
          name: 'MAP',
          sheetId: 0,
          maxRows: 50,
          maxColumns: 5,
          frozenRows: 0,
          values: [
            ['Step', 'Target'],
            ['Kickoff', { date: '2026-06-01' }],
          ],
          formulas: [
            ['', ''],
            ['', ''],
          ],
        },
      ],
    },
    () => Date.parse('2026-05-01T10:00:00Z'),
  );
  const sheet = book.getSheetByName('MAP')!;
  expect(sheet.maxRows).toBe(50);
  expect(book.toJSON().sheets[0].display).toEqual([
    ['Step', 'Target'],
    ['Kickoff', '2026-06-01'],
  ]);
});
