import { STATUSES } from '../model';
import { parseSide, parseStatus } from './status-text';

describe('parseStatus', () => {
  it('reads every status whatever its case and spacing', () => {
    for (const status of STATUSES) {
      expect(parseStatus(status)).toBe(status);
      expect(parseStatus(`  ${status.toUpperCase().replace(' ', '   ')} `)).toBe(status);
    }
  });

  it('reads a blank status as Not started', () => {
    expect(parseStatus('')).toBe('Not started');
    expect(parseStatus('   ')).toBe('Not started');
  });

  it('accepts common spellings of the open statuses', () => {
    expect(parseStatus('in-progress')).toBe('In progress');
    expect(parseStatus('To do')).toBe('Not started');
  });

  it('refuses words that are no status rather than guessing Done', () => {
    expect(parseStatus('Finished')).toBeNull();
    expect(parseStatus('Completed')).toBeNull();
    expect(parseStatus('Done!')).toBeNull();
  });
});

describe('parseSide', () => {
  it('reads sides and their usual synonyms', () => {
    expect(parseSide('vendor')).toBe('Vendor');
    expect(parseSide(' JOINT ')).toBe('Joint');
    expect(parseSide('Customer')).toBe('Prospect');
    expect(parseSide('')).toBe('');
  });

  it('refuses anything else', () => {
    expect(parseSide('Partner')).toBeNull();
  });
});
