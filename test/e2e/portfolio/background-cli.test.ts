// The hourly run's record in "Your deals", through the emulator's command line: one run creates
// two plans with the weekly email and lets an hour pass with each clock trigger in its document;
// the next run (its --workbook) lets Google start the triggers WITHOUT their document
// (--clock-without-document) and asks getPortfolio from a blank spreadsheet.
import type { PortfolioJson, SidebarState } from '../../../src/shared/api';
import { emulateJson, emulateTo, stateDir } from '../../support/cli';
import { WEEKLY } from '../../support/world';

const file = stateDir();

interface Summary {
  lastCall: { name: string; ok: boolean; result?: unknown; error?: string } | null;
  failedExecutions: string[];
  log: string[];
}

const plan = (customer: string) =>
  JSON.stringify([
    { template: 'velocity', customer, vendor: 'Globex', signatureDate: '2026-12-18' },
  ]);

describe('an hourly run without its document', () => {
  let withDocument: SidebarState;
  let portfolio: PortfolioJson;
  let second: Summary;

  beforeAll(() => {
    emulateTo(
      file('day1.json'),
      ...['--tz', 'Europe/Paris', '--now', '2026-11-02T09:30:00'],
      ...['--spreadsheet', 'Acme deal', '--call', 'createPlan', '--args', plan('Acme')],
      ...['--call', 'configureWeeklyDigest', '--args', JSON.stringify([WEEKLY])],
      ...['--spreadsheet', 'Bolt deal', '--call', 'createPlan', '--args', plan('Bolt')],
      ...['--call', 'configureWeeklyDigest', '--args', JSON.stringify([WEEKLY])],
      '--advance',
      '1h',
    );
    withDocument = emulateJson<Summary>([
      ...['--workbook', file('day1.json'), '--spreadsheet', 'Acme deal'],
      ...['--call', 'getSidebarState', '--summary'],
    ]).lastCall?.result as SidebarState;
    second = emulateJson<Summary>([
      ...['--workbook', file('day1.json'), '--clock-without-document', '--advance', '1h'],
      ...['--spreadsheet', 'Blank', '--call', 'getPortfolio', '--summary'],
    ]);
    portfolio = second.lastCall?.result as PortfolioJson;
  });

  it('records a run that had its document in the sidebar state of that plan', () => {
    expect(withDocument.background).toMatchObject({ ok: true, hadDocument: true });
    expect(withDocument.archived).toBeNull();
  });

  it('reports each plan whose trigger ran without its document, never as busy', () => {
    expect(second.lastCall?.ok).toBe(true);
    expect(portfolio.deals).toHaveLength(2);
    for (const deal of portfolio.deals) {
      expect(deal.background).toMatchObject({
        ok: false,
        hadDocument: false,
        outcome: 'ran without its document',
      });
    }
    const warnings = portfolio.warnings.map((w) => w.message);
    for (const customer of ['Acme', 'Bolt']) {
      expect(warnings).toContainEqual(
        expect.stringMatching(
          new RegExp(`^${customer}: the hourly run on .* without its spreadsheet`),
        ),
      );
    }
    expect(JSON.stringify(portfolio)).not.toMatch(/busy/i);
    expect(second.failedExecutions).toEqual([]);
    expect(second.log.join('\n')).toMatch(/started without its spreadsheet/);
  });
});
