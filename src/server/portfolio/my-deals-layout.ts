// The "My deals" tab as cells, from the portfolio: a title, the deal table, and a data block of
// the seller's steps per week by deal, which the tab's stacked column chart draws. Pure: one
// rectangular grid for one setValues, and where the chart's data and the formats go.
import { formatDateKey, SHEET_DATE_FORMAT, SHEET_DATE_TIME_FORMAT } from '../../core/dates';
import type { SheetCell } from '../../core/plan';
import type { PortfolioDealJson, PortfolioJson } from '../../shared/api';

export const MY_DEALS_TAB = 'My deals';

export const DEAL_HEADINGS = [
  'Customer',
  'Status',
  'Progress',
  'Signature',
  'Late',
  'Uncommitted',
  'Prospect commitment',
  'Last customer edit',
  'Link',
] as const;

export const CHART_TITLE = 'Your steps per week, by deal';

export interface BlockPosition {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

export interface MyDealsLayout {
  grid: SheetCell[][];
  /** The deal table's heading row (bold). */
  dealHeadingRow: number;
  /** The week block, headings included: the chart's data. */
  weeks: BlockPosition;
  /** Columns of the deal table holding dates and instants, with their formats. */
  formats: { column: number; firstRow: number; numRows: number; format: string }[];
  /** Where the chart's top-left corner sits. */
  chartAnchor: { row: number; column: number };
  deals: number;
}

export function myDealsLayout(portfolio: PortfolioJson): MyDealsLayout {
  const open = portfolio.deals.filter((d) => d.archived === null);
  const width = Math.max(DEAL_HEADINGS.length, 1 + Math.max(1, open.length));
  const rows: SheetCell[][] = [];
  const push = (cells: SheetCell[]): number => {
    rows.push([...cells, ...Array<SheetCell>(width - cells.length).fill(null)]);
    return rows.length;
  };

  push([`Your deals, as of ${formatDateKey(portfolio.today, { year: true })}`]);
  push([]);
  const dealHeadingRow = push([...DEAL_HEADINGS]);
  const firstDealRow = dealHeadingRow + 1;
  for (const deal of portfolio.deals) push(dealRow(deal));
  if (portfolio.deals.length === 0) push(['No deals yet: create a plan in a deal spreadsheet.']);
  push([]);
  push([CHART_TITLE]);

  // The chart's data: one series per open deal (none: one empty series, so the chart stays).
  const series = open.length > 0 ? open : null;
  const weekHeadingRow = push(['Week of', ...(series ? series.map((d) => d.customer) : ['Steps'])]);
  for (const week of portfolio.weeks) {
    const counts = series
      ? series.map((d) => week.items.filter((i) => i.spreadsheetId === d.spreadsheetId).length)
      : [0];
    push([formatDateKey(week.weekStart, { year: portfolio.today }), ...counts]);
  }

  const dealRows = portfolio.deals.length;
  return {
    grid: rows,
    dealHeadingRow,
    weeks: {
      row: weekHeadingRow,
      column: 1,
      numRows: portfolio.weeks.length + 1,
      numColumns: 1 + (series ? series.length : 1),
    },
    formats:
      dealRows === 0
        ? []
        : [
            { column: 4, firstRow: firstDealRow, numRows: dealRows, format: SHEET_DATE_FORMAT },
            {
              column: 8,
              firstRow: firstDealRow,
              numRows: dealRows,
              format: SHEET_DATE_TIME_FORMAT,
            },
          ],
    chartAnchor: { row: dealHeadingRow, column: width + 2 },
    deals: portfolio.deals.length,
  };
}

function dealRow(deal: PortfolioDealJson): SheetCell[] {
  const { done, total, percent } = deal.progress;
  return [
    deal.customer,
    deal.archived ? `Archived (${deal.archived.outcome})` : deal.status,
    `${done} of ${total} (${percent}%)`,
    deal.signatureDate === null ? null : { date: deal.signatureDate },
    deal.late,
    deal.uncommitted,
    deal.prospectCommitment === null ? '' : `${deal.prospectCommitment}%`,
    deal.lastCustomerEdit === null ? '' : { instant: Date.parse(deal.lastCustomerEdit) },
    deal.url,
  ];
}
