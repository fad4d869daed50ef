import { normalizeLabel } from './normalize';

describe('normalizeLabel', () => {
  it('ignores case, surrounding and repeated space', () => {
    expect(normalizeLabel('  Target   DATE ')).toBe('target date');
  });

  it('ignores a trailing colon or asterisk', () => {
    expect(normalizeLabel('Customer:')).toBe('customer');
    expect(normalizeLabel('Owner *')).toBe('owner');
  });

  it('keeps inner punctuation that tells labels apart', () => {
    expect(normalizeLabel('Step #')).toBe('step #');
    expect(normalizeLabel('Go-live')).not.toBe(normalizeLabel('Go live'));
  });
});
