import { TIME_ZONES, sheetDate } from '../cells.test-util';
import { HEADER_FIELDS } from './fields';
import { readHeader } from './read';

describe('readHeader', () => {
  it.each(TIME_ZONES)('reads every field by its label, spreadsheet in %s', (zone) => {
    const values = [
      ['Mutual Action Plan'],
      ['Customer', 'Acme Corp'],
      ['Vendor', 'Us Inc'],
      ['Goal / compelling event', 'Live before the Q3 audit'],
      ['Target signature', sheetDate('2026-06-30', zone)],
      ['Baseline signature', sheetDate('2026-06-15', zone)],
      ['Go-live', sheetDate('2026-09-01', zone)],
      ['Plan owner', 'Sam Seller'],
      ['Progress', '3 of 10 done (30%)'],
      ['Plan status', 'At risk'],
    ];
    const { header, cells, warnings } = readHeader(values, zone);
    expect(header).toEqual({
      customer: 'Acme Corp',
      vendor: 'Us Inc',
      goal: 'Live before the Q3 audit',
      signatureDate: '2026-06-30',
      baselineSignatureDate: '2026-06-15',
      goLiveDate: '2026-09-01',
      owner: 'Sam Seller',
    });
    expect(cells.progress).toEqual({ row: 9, column: 2 });
    expect(cells.planStatus).toEqual({ row: 10, column: 2 });
    expect(warnings).toEqual([]);
  });

  it('finds the block after rows are inserted above it, with labels typed loosely', () => {
    const values = [[], [], [], ['', 'customer:', 'Acme'], ['', 'SIGNATURE DATE', 46203]];
    const { header, cells } = readHeader(values, 'UTC', { origin: { row: 5, column: 3 } });
    expect(header.customer).toBe('Acme');
    expect(header.signatureDate).toBe('2026-06-30');
    expect(cells.customer).toEqual({ row: 8, column: 5 });
  });

  it('reports unreadable dates with their row, and leaves the date empty', () => {
    const values = [
      ['Customer', 'Acme'],
      ['Target signature', 'end of Q2'],
    ];
    const { header, warnings } = readHeader(values, 'UTC');
    expect(header.signatureDate).toBeNull();
    expect(warnings).toEqual([{ row: 2, message: "Target signature 'end of Q2' is not a date" }]);
  });

  it('reads missing fields as empty, and takes the first of a repeated label', () => {
    const values = [
      ['Customer', 'Acme'],
      ['Customer', 'Other'],
    ];
    const { header, cells } = readHeader(values, 'UTC');
    expect(header).toMatchObject({ customer: 'Acme', vendor: '', signatureDate: null });
    expect(cells.vendor).toBeUndefined();
  });

  it('stops above the step table, so a step named like a label is not the header', () => {
    const values = [
      ['Customer', 'Acme'],
      ['Step', 'Owner'],
      ['Vendor', 'not the vendor'],
    ];
    expect(readHeader(values, 'UTC', { beforeRow: 2 }).header.vendor).toBe('');
    expect(readHeader(values, 'UTC').header.vendor).toBe('not the vendor');
  });

  it('has a distinct label for every field', () => {
    const labels = HEADER_FIELDS.flatMap((f) =>
      [f.label, ...f.aliases].map((l) => l.toLowerCase()),
    );
    expect(new Set(labels).size).toBe(labels.length);
  });
});
