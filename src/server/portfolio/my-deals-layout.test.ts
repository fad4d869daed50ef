import type { PortfolioDealJson, PortfolioJson } from '../../shared/api';
import { CHART_TITLE, DEAL_HEADINGS, myDealsLayout } from './my-deals-layout';

function deal(id: string, customer: string, archived = false): PortfolioDealJson {
  return {
    spreadsheetId: id,
    customer,
    url: `https://docs.google.com/spreadsheets/d/${id}/edit`,
    status: 'At risk',
    progress: { done: 3, total: 12, percent: 25 },
    signatureDate: '2026-12-18',
    late: 1,
    uncommitted: 4,
    prospectCommitment: 50,
    lastCustomerEdit: null,
    asOf: '2026-11-02T14:00:00Z',
    archived: archived ? { outcome: 'won', at: '2026-11-01T10:00:00Z' } : null,
    background: null,
    stale: false,
    signals: [],
  };
}

const item = (spreadsheetId: string, date: string) => ({
  spreadsheetId,
  customer: '',
  row: 8,
  step: 'Demo',
  date,
  side: 'Vendor' as const,
  owner: '',
  daysLate: 0,
});

const portfolio: PortfolioJson = {
  today: '2026-11-02',
  deals: [deal('a', 'Acme'), deal('b', 'Bolt'), deal('c', 'Cyan', true)],
  weeks: [
    {
      weekStart: '2026-11-02',
      items: [item('a', '2026-11-03'), item('a', '2026-11-04'), item('b', '2026-11-05')],
      crunch: true,
    },
    { weekStart: '2026-11-09', items: [item('b', '2026-11-10')], crunch: false },
  ],
  warnings: [],
  triggers: { used: 4, limit: 20 },
};

describe('myDealsLayout', () => {
  const layout = myDealsLayout(portfolio);
  const at = (row: number) => layout.grid[row - 1];

  it('is one rectangular grid: the deal table, then the week block the chart draws', () => {
    const width = layout.grid[0].length;
    expect(layout.grid.every((r) => r.length === width)).toBe(true);
    expect(at(layout.dealHeadingRow).slice(0, DEAL_HEADINGS.length)).toEqual([...DEAL_HEADINGS]);
    expect(at(layout.dealHeadingRow + 1).slice(0, 4)).toEqual([
      'Acme',
      'At risk',
      '3 of 12 (25%)',
      { date: '2026-12-18' },
    ]);
    expect(at(layout.dealHeadingRow + 3)[1]).toBe('Archived (won)');
    expect(at(layout.weeks.row - 1)[0]).toBe(CHART_TITLE);
    expect(layout.deals).toBe(3);
  });

  it('counts steps per week for each open deal, archived ones left out of the chart', () => {
    const { row, numRows, numColumns } = layout.weeks;
    expect(numRows).toBe(3);
    expect(numColumns).toBe(3);
    expect(at(row).slice(0, 3)).toEqual(['Week of', 'Acme', 'Bolt']);
    expect(at(row + 1).slice(0, 3)).toEqual(['Nov 2', 2, 1]);
    expect(at(row + 2).slice(0, 3)).toEqual(['Nov 9', 0, 1]);
  });

  it('keeps a chartable block when there are no open deals', () => {
    const empty = myDealsLayout({
      ...portfolio,
      deals: [],
      weeks: portfolio.weeks.map((w) => ({ ...w, items: [] })),
    });
    expect(empty.weeks.numColumns).toBe(2);
    expect(empty.formats).toEqual([]);
  });
});
