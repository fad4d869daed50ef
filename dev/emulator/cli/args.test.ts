import { parseArgs } from './args';

describe('parseArgs', () => {
  it('keeps steps in order and attaches --args to the preceding --call', () => {
    const plan = parseArgs([
      '--tz',
      'Europe/Paris',
      '--now',
      '2024-03-04T09:00',
      '--call',
      'createPlan',
      '--args',
      '[{"template":"poc"}]',
      '--as',
      'champion@corp.example',
      '--edit',
      "'Q&A!'!B3=a=b",
      '--open',
      'none',
      '--advance',
      '7d',
      '--quota',
      '0',
      '--call',
      'getPlanStatus',
      '--spreadsheet',
      'Second plan',
      '--clock-without-document',
      '--intl-zones',
      'hour-ahead',
      '--out',
      'x.json',
      '--summary',
    ]);
    expect(plan).toMatchObject({
      tz: 'Europe/Paris',
      out: 'x.json',
      summary: true,
      clockWithoutDocument: true,
      intlZones: 'hour-ahead',
    });
    expect(plan.steps).toEqual([
      { kind: 'tz', timeZone: 'Europe/Paris' },
      { kind: 'now', value: '2024-03-04T09:00' },
      { kind: 'call', name: 'createPlan', args: [{ template: 'poc' }] },
      { kind: 'as', user: 'champion@corp.example' },
      { kind: 'edit', sheetName: 'Q&A!', a1: 'B3', text: 'a=b' },
      { kind: 'open', authMode: 'NONE' },
      { kind: 'advance', value: '7d' },
      { kind: 'quota', remaining: 0 },
      { kind: 'call', name: 'getPlanStatus', args: [] },
      { kind: 'spreadsheet', name: 'Second plan' },
    ]);
  });

  it('takes the first --tz as the setup zone, and every --tz as a step for later spreadsheets', () => {
    const plan = parseArgs([
      '--tz',
      'Asia/Kathmandu',
      '--spreadsheet',
      'A',
      '--tz',
      'Pacific/Chatham',
    ]);
    expect(plan.tz).toBe('Asia/Kathmandu');
    expect(plan.steps).toEqual([
      { kind: 'tz', timeZone: 'Asia/Kathmandu' },
      { kind: 'spreadsheet', name: 'A' },
      { kind: 'tz', timeZone: 'Pacific/Chatham' },
    ]);
  });

  it('explains mistakes', () => {
    expect(() => parseArgs(['--args', '[]'])).toThrow('--args must follow --call NAME');
    expect(() => parseArgs(['--call', 'f', '--args', '{"a":1}'])).toThrow('must be a JSON array');
    expect(() => parseArgs(['--call', 'f', '--args', '[oops'])).toThrow('--args is not JSON');
    expect(() => parseArgs(['--edit', 'A1=x'])).toThrow(/SHEET!A1=TEXT/);
    expect(() => parseArgs(['--quota', '-1'])).toThrow('--quota');
    expect(() => parseArgs(['--now'])).toThrow('--now needs a value');
    expect(() => parseArgs(['--spreadsheet'])).toThrow('--spreadsheet needs a value');
    expect(() => parseArgs(['--intl-zones', 'wrong'])).toThrow(
      '--intl-zones needs one of agree, ignore-zone, hour-ahead',
    );
    expect(() => parseArgs(['--bogus'])).toThrow('Unknown option --bogus');
  });
});
