// A seller's "Your deals" as the server would answer it on Monday 2025-03-10 (Europe/Berlin):
// five deals riskiest first with the won one archived last, one deal whose hourly run failed and
// one whose run could not open its document, a stale summary, an Arabic customer name, a plan
// that could not be read and a trigger budget nearly used up. Crunch weeks follow the threshold
// the way the server decides them: steps from at least that many distinct deals.
import type {
  PortfolioDealJson,
  PortfolioItemJson,
  PortfolioJson,
  PortfolioWeekJson,
} from '../../src/shared/api';

export const PORTFOLIO_TODAY = '2025-03-10';

const url = (id: string) => `https://docs.google.com/spreadsheets/d/${id}/edit`;

export const GLOBEX = 'sheet-globex';
export const UFUQ = 'sheet-ufuq';
export const INITECH = 'sheet-initech';
export const UMBRELLA = 'sheet-umbrella';
export const HOOLI = 'sheet-hooli';

/** The Arabic customer name: "Al Ufuq Company (Riyadh)", written right to left. */
export const UFUQ_NAME = 'شركة الأفق (الرياض)';

export function portfolioDeals(): PortfolioDealJson[] {
  return [
    {
      spreadsheetId: GLOBEX,
      customer: 'Globex Corporation',
      url: url(GLOBEX),
      status: 'Stalled',
      progress: { done: 2, total: 14, percent: 14 },
      signatureDate: '2025-04-18',
      late: 4,
      uncommitted: 5,
      prospectCommitment: 20,
      lastCustomerEdit: '2025-02-26T15:40:00.000Z',
      asOf: '2025-03-10T07:00:00.000Z',
      archived: null,
      background: {
        at: '2025-03-10T08:05:00.000Z',
        ok: false,
        outcome: 'The daily mail quota is used up; the weekly email was not sent.',
        hadDocument: true,
      },
      stale: false,
      signals: [
        'Globex has not touched the plan in 12 days and owns 3 of the 4 late steps.',
        'Only 1 of 5 customer-side steps has an owner and a date: ask the AE to confirm the buying process.',
      ],
    },
    {
      spreadsheetId: UFUQ,
      customer: UFUQ_NAME,
      url: url(UFUQ),
      status: 'At risk',
      progress: { done: 5, total: 12, percent: 42 },
      signatureDate: '2025-04-30',
      late: 2,
      uncommitted: 1,
      prospectCommitment: 67,
      lastCustomerEdit: '2025-03-09T10:00:00.000Z',
      asOf: '2025-03-10T06:10:00.000Z',
      archived: null,
      background: {
        at: '2025-03-10T06:10:00.000Z',
        ok: true,
        outcome: 'Late steps flagged; the weekly email was not due.',
        hadDocument: false,
      },
      stale: false,
      signals: ['The signature date moved 7 days later since last week.'],
    },
    {
      spreadsheetId: INITECH,
      customer: 'Initech',
      url: url(INITECH),
      status: 'At risk',
      progress: { done: 7, total: 10, percent: 70 },
      signatureDate: '2025-03-28',
      late: 1,
      uncommitted: 0,
      prospectCommitment: 100,
      lastCustomerEdit: '2025-03-10T06:30:00.000Z',
      asOf: '2025-03-10T07:30:00.000Z',
      archived: null,
      background: {
        at: '2025-03-10T07:30:00.000Z',
        ok: true,
        outcome: 'Weekly email sent to 4 recipients.',
        hadDocument: true,
      },
      stale: false,
      signals: [],
    },
    {
      spreadsheetId: UMBRELLA,
      customer: 'Umbrella Health',
      url: url(UMBRELLA),
      status: 'On track',
      progress: { done: 3, total: 9, percent: 33 },
      signatureDate: null,
      late: 0,
      uncommitted: 0,
      prospectCommitment: null,
      lastCustomerEdit: null,
      asOf: '2025-02-27T09:00:00.000Z',
      archived: null,
      background: null,
      stale: true,
      signals: [],
    },
    {
      spreadsheetId: HOOLI,
      customer: 'Hooli',
      url: url(HOOLI),
      status: 'On track',
      progress: { done: 8, total: 8, percent: 100 },
      signatureDate: '2025-03-03',
      late: 0,
      uncommitted: 0,
      prospectCommitment: 100,
      lastCustomerEdit: '2025-03-03T15:00:00.000Z',
      asOf: '2025-03-03T16:00:00.000Z',
      archived: { outcome: 'won', at: '2025-03-03T16:00:00.000Z' },
      background: null,
      stale: false,
      signals: [],
    },
  ];
}

type ItemSpec = [
  id: string,
  step: string,
  date: string,
  side: PortfolioItemJson['side'],
  owner: string,
  daysLate?: number,
];

/** The seller's open steps by week, Monday first; late steps sit in this week. */
const WEEK_ITEMS: ItemSpec[][] = [
  [
    [GLOBEX, 'Security questionnaire returned', '2025-03-05', 'Prospect', 'Priya Nair', 5],
    [GLOBEX, 'Pricing proposal', '2025-03-07', 'Vendor', 'Sam Lee', 3],
    [UFUQ, 'Technical deep dive', '2025-03-07', 'Joint', 'Alex Kim', 3],
    [INITECH, 'Reference call', '2025-03-12', 'Vendor', 'Sam Lee'],
  ],
  [
    [GLOBEX, 'Executive briefing', '2025-03-18', 'Joint', 'Dana Ortiz'],
    [INITECH, 'Legal redlines', '2025-03-19', 'Prospect', ''],
    [INITECH, 'Order form', '2025-03-21', 'Vendor', 'Sam Lee'],
  ],
  [
    [INITECH, 'Signature', '2025-03-28', 'Prospect', 'Lee Chen'],
    [UFUQ, 'Security review', '2025-03-25', 'Prospect', 'Omar Haddad'],
    [UMBRELLA, 'Success criteria agreed', '2025-03-26', 'Joint', 'Sam Lee'],
    [GLOBEX, 'Business case', '2025-03-27', 'Vendor', 'Sam Lee'],
  ],
  [[UMBRELLA, 'POC environment ready', '2025-04-02', 'Vendor', 'Alex Kim']],
  [
    [UFUQ, 'Commercial proposal', '2025-04-09', 'Vendor', 'Sam Lee'],
    [GLOBEX, 'Procurement onboarding', '2025-04-10', 'Prospect', 'Lee Chen'],
  ],
  [[GLOBEX, 'Final approval', '2025-04-16', 'Prospect', 'Dana Ortiz']],
  [],
  [
    [UFUQ, 'Signature', '2025-04-30', 'Prospect', 'Omar Haddad'],
    [UMBRELLA, 'Go/no-go', '2025-04-29', 'Joint', 'Sam Lee'],
  ],
];

function addDays(key: string, days: number): string {
  const [y, m, d] = key.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

export function portfolioWeeks(
  deals: PortfolioDealJson[],
  crunchThreshold: number,
): PortfolioWeekJson[] {
  const customers = new Map(deals.map((deal) => [deal.spreadsheetId, deal.customer]));
  return WEEK_ITEMS.map((specs, index) => {
    const items = specs
      .filter(([id]) => customers.has(id))
      .map(([id, step, date, side, owner, daysLate], row) => ({
        spreadsheetId: id,
        customer: customers.get(id) ?? '',
        row: 10 + index * 4 + row,
        step,
        date,
        side,
        owner,
        daysLate: daysLate ?? 0,
      }));
    const distinct = new Set(items.map((item) => item.spreadsheetId)).size;
    return {
      weekStart: addDays(PORTFOLIO_TODAY, index * 7),
      items,
      crunch: distinct >= crunchThreshold,
    };
  });
}

export interface PortfolioOverrides {
  crunchThreshold?: number;
  deals?: PortfolioDealJson[];
}

export function portfolio(overrides: PortfolioOverrides = {}): PortfolioJson {
  const crunchThreshold = overrides.crunchThreshold ?? 2;
  const deals = overrides.deals ?? portfolioDeals();
  return {
    today: PORTFOLIO_TODAY,
    deals,
    weeks: portfolioWeeks(
      deals.filter((deal) => !deal.archived),
      crunchThreshold,
    ),
    warnings: [
      {
        spreadsheetId: 'sheet-soylent',
        message:
          'Soylent × Vendor could not be read: you no longer have access to it. It is left out until you can open it again.',
      },
      {
        message:
          '18 of 20 background triggers are in use. Archive a deal you have closed to free its triggers.',
      },
    ],
    triggers: { used: 18, limit: 20 },
    crunchThreshold,
  };
}
