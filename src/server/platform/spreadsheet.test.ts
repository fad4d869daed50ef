import { cleanSheetName, uniqueSheetName } from './spreadsheet';

describe('cleanSheetName', () => {
  it('keeps ordinary names and drops what breaks tabs or A1 references', () => {
    expect(cleanSheetName('MAP – Acme')).toBe('MAP – Acme');
    expect(cleanSheetName('MAP – =IMPORTXML("http://x","//a")')).toBe(
      'MAP – =IMPORTXML("http x"," a")',
    );
    expect(cleanSheetName('A[1]*?\u202e\nB')).toBe('A 1 B');
  });

  it('shortens long names with an ellipsis', () => {
    const name = cleanSheetName('x'.repeat(200), 20);
    expect(name).toHaveLength(20);
    expect(name.endsWith('…')).toBe(true);
  });
});

describe('uniqueSheetName', () => {
  it('numbers a name already taken, comparing as Sheets does (case-insensitively)', () => {
    expect(uniqueSheetName('Stakeholders', ['Sheet1'])).toBe('Stakeholders');
    expect(uniqueSheetName('Stakeholders', ['stakeholders', 'Stakeholders (2)'])).toBe(
      'Stakeholders (3)',
    );
  });
});
