import { isInertEdit } from './on-plan-edit';

describe('isInertEdit', () => {
  it('dismisses words that are no status over a value that was no date', () => {
    expect(isInertEdit({ value: 'Call back after the offsite' })).toBe(true);
    expect(isInertEdit({ value: 'Pat Champion', oldValue: 'Sam Seller' })).toBe(true);
    expect(isInertEdit({ value: 'TRUE', oldValue: 'FALSE' })).toBe(true);
  });

  it('reads any status the handler understands, however it is spelled', () => {
    for (const value of ['Done', ' done ', 'In progress', 'in-progress', 'Skipped', 'To do']) {
      expect(isInertEdit({ value })).toBe(false);
    }
  });

  it('reads anything Sheets may store as a number or date, and formulas', () => {
    for (const value of ['46366', '12/22/2026', 'Dec 1', '1st of May', '=TODAY()', '=A1']) {
      expect(isInertEdit({ value })).toBe(false);
    }
  });

  it('reads text typed over a date: Slip history records the date removed', () => {
    expect(isInertEdit({ value: 'soon', oldValue: '46366' })).toBe(false);
    expect(isInertEdit({ value: 'soon', oldValue: 'Dec 10, 2026' })).toBe(false);
    // An old number that is no plausible date, or text, moved nothing worth recording.
    expect(isInertEdit({ value: 'soon', oldValue: '3' })).toBe(true);
    expect(isInertEdit({ value: 'later', oldValue: 'soon' })).toBe(true);
  });

  it('reads edits whose new value Apps Script did not send (blocks, cleared cells, pastes)', () => {
    expect(isInertEdit({})).toBe(false);
    expect(isInertEdit({ oldValue: 'a note' })).toBe(false);
    expect(isInertEdit({ value: { oldValue: 'x' } })).toBe(false);
    expect(isInertEdit({ value: '' })).toBe(false);
  });
});
