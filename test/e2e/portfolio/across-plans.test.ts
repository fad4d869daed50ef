// "Your deals" across spreadsheets, through the built add-on in the emulator: one seller, plans
// in five zones created through the add-on, read back from a blank spreadsheet; then the My deals
// tab written twice. The trigger budget with fifteen plans is budget-cli.test.ts, through the CLI.
import type { Emulator } from '../../../dev/emulator';
import type {
  CreatePlanOptions,
  MyDealsSheetJson,
  PlanStatusResult,
  PortfolioJson,
  SidebarState,
} from '../../../src/shared/api';
import { addDays } from '../../support/plan-oracle';
import { isSellerWork } from '../../support/seller-steps';
import { headingRow, stepRows, tab } from '../../support/sheet';
import { OWNER, PROSPECT, edit, errorOf, world } from '../../support/world';

const DEALS: { name: string; timeZone: string; plan: Partial<CreatePlanOptions> }[] = [
  {
    name: 'Acme deal',
    timeZone: 'America/New_York',
    plan: { customer: 'Acme', template: 'velocity', signatureDate: '2026-11-27' },
  },
  {
    name: 'Bolt deal',
    timeZone: 'Asia/Tokyo',
    plan: { customer: 'Bolt', template: 'velocity', signatureDate: '2026-12-04' },
  },
  {
    name: 'Cyan deal',
    timeZone: 'Europe/Paris',
    plan: { customer: 'Cyan', template: 'mid-market', signatureDate: '2027-01-29' },
  },
  {
    name: 'Dune deal',
    timeZone: 'Pacific/Auckland',
    plan: { customer: 'Dune', template: 'velocity', signatureDate: '2027-02-26' },
  },
  {
    name: 'Echo deal',
    timeZone: 'America/Los_Angeles',
    plan: { customer: 'Echo', template: 'poc', signatureDate: '2027-03-26' },
  },
];

function createIn(
  em: Emulator,
  name: string,
  timeZone: string,
  plan: Partial<CreatePlanOptions>,
): string {
  em.useSpreadsheet(name, { timeZone });
  const result = em.call('createPlan', {
    vendor: 'Globex',
    sellers: [{ name: 'Olivia Owner', email: OWNER }],
    ...plan,
  }) as { outcome: string; sheetName: string };
  expect(result.outcome).toBe('created');
  return result.sheetName;
}

/** The seller's open steps of a plan tab, as the sheet holds them. */
function sellerSteps(em: Emulator, sheetName: string): { target: string }[] {
  const sheet = tab(em, sheetName);
  const side = sheet.values[headingRow(sheet) - 1].indexOf('Side');
  return stepRows(sheet)
    .filter((s) => isSellerWork(String(sheet.values[s.row - 1][side]), s.step) && s.target !== null)
    .filter((s) => s.status !== 'Done' && s.status !== 'Skipped')
    .map((s) => ({ target: s.target as string }));
}

describe('five plans in five zones, seen from a blank spreadsheet', () => {
  const { em } = world({ now: '2026-11-02T09:00:00' });
  const sheets = new Map<string, string>();
  let portfolio: PortfolioJson;

  beforeAll(() => {
    for (const d of DEALS) sheets.set(d.name, createIn(em, d.name, d.timeZone, d.plan));
    // An hour later the prospect works on two plans (the edit trigger publishes at most hourly);
    // the owner opens each plan once afterwards (which publishes too).
    em.setNow('2026-11-02T10:30:00');
    em.useSpreadsheet('Acme deal');
    const acme = sheets.get('Acme deal') as string;
    const first = stepRows(tab(em, acme))[0].row;
    edit(em, `'${acme}'!H${first}`, 'Done');
    edit(em, `'${acme}'!E${first + 1}`, 'Pat Prospect');
    em.useSpreadsheet('Bolt deal');
    edit(
      em,
      `'${sheets.get('Bolt deal')}'!G${stepRows(tab(em, sheets.get('Bolt deal') as string))[0].row}`,
      '2026-11-01',
    );
    for (const d of DEALS) {
      em.useSpreadsheet(d.name);
      em.call('getSidebarState');
    }
    // Nobody edits from here; days pass, steps fall late.
    em.setNow('2026-11-24T10:00:00');
    em.useSpreadsheet('Blank', { timeZone: 'Australia/Adelaide' });
    em.resetCounts();
    portfolio = em.call('getPortfolio') as PortfolioJson;
  });

  it('reads the user properties once, whatever the number of deals', () => {
    const counts = em.counts();
    expect(counts['Properties.getProperties']).toBe(1);
    expect(counts['PropertiesService.getUserProperties']).toBe(1);
    expect(counts['Properties.setProperties'] ?? 0).toBe(0);
    expect(counts['Properties.setProperty'] ?? 0).toBe(0);
    expect(portfolio.deals).toHaveLength(5);
    expect(portfolio.triggers).toEqual({ used: 5, limit: 20 });
  });

  it('opens the sidebar in the blank spreadsheet with no plan and nothing of a deal', () => {
    const state = em.call('getSidebarState') as SidebarState;
    expect(state.plan).toBeNull();
    expect(state.background).toBeNull();
    expect(state.archived).toBeNull();
  });

  it("agrees with each plan's own getPlanStatus today", () => {
    for (const d of DEALS) {
      em.useSpreadsheet(d.name);
      const own = em.call('getPlanStatus') as PlanStatusResult;
      const deal = portfolio.deals.find((x) => x.customer === d.plan.customer);
      expect({
        customer: deal?.customer,
        status: deal?.status,
        late: deal?.late,
        progress: deal?.progress,
        uncommitted: deal?.uncommitted,
      }).toEqual({
        customer: d.plan.customer,
        status: own.status,
        late: own.late.length,
        progress: own.progress,
        uncommitted: own.uncommitted.length,
      });
      expect(deal?.signatureDate).toBe(own.signatureDate);
    }
    expect(portfolio.deals.some((d) => d.late > 0)).toBe(true);
  });

  it("knows when the customer last edited, from the owner's edit trigger", () => {
    const edited = portfolio.deals
      .filter((d) => d.lastCustomerEdit !== null)
      .map((d) => d.customer);
    expect(edited.sort()).toEqual(['Acme', 'Bolt']);
  });

  it('puts each seller step in its week, and a crunch exactly where two deals have work', () => {
    const today = portfolio.today;
    expect(today).toBe('2026-11-25'); // Adelaide is already a day ahead of New York
    const first = portfolio.weeks[0].weekStart;
    for (const [index, week] of portfolio.weeks.entries()) {
      const expected = DEALS.flatMap((d) => {
        em.useSpreadsheet(d.name);
        const id = em.spreadsheets().find((s) => s.current)?.id;
        return sellerSteps(em, sheets.get(d.name) as string)
          .filter((s) =>
            index === 0
              ? s.target < addDays(first, 7)
              : s.target >= week.weekStart && s.target < addDays(week.weekStart, 7),
          )
          .map(() => id);
      });
      expect(week.items.map((i) => i.spreadsheetId).sort()).toEqual(expected.sort());
      expect(week.crunch).toBe(new Set(expected).size >= 2);
    }
    expect(portfolio.weeks.some((w) => w.crunch)).toBe(true);
    expect(portfolio.weeks.some((w) => !w.crunch && w.items.length > 0)).toBe(true);
  });

  it('saves a crunch threshold the user gives and uses it from then on', () => {
    em.useSpreadsheet('Blank');
    const three = em.call('getPortfolio', { crunchThreshold: 3 }) as PortfolioJson;
    const again = em.call('getPortfolio') as PortfolioJson;
    for (const p of [three, again]) {
      for (const w of p.weeks) {
        expect(w.crunch).toBe(new Set(w.items.map((i) => i.spreadsheetId)).size >= 3);
      }
    }
    expect(errorOf(() => em.call('getPortfolio', { crunchThreshold: 1 }))).toMatch(/from 2 to 10/);
  });

  it('shows the current deal as it is when Google refuses to save it, with a warning, never an error', () => {
    em.useSpreadsheet('Cyan deal');
    const cyan = sheets.get('Cyan deal') as string;
    const row = stepRows(tab(em, cyan))[0].row;
    em.workbook.userEdit(OWNER, cyan, `H${row}`, 'Done'); // no trigger runs: nothing publishes
    const stop = em.faults.failOnCall('Properties.setProperty', {
      error:
        'You have exceeded the property storage quota. Please remove some properties and try again.',
    });
    let full: PortfolioJson;
    try {
      full = em.call('getPortfolio') as PortfolioJson;
    } finally {
      stop();
    }
    const own = em.call('getPlanStatus') as PlanStatusResult;
    expect(full.deals.find((d) => d.customer === 'Cyan')?.progress).toEqual(own.progress);
    expect(own.progress.done).toBe(1);
    expect(full.warnings[0].message).toMatch(
      /^Cyan × Globex could not be saved to your deals list: Google refused the write .* of the 500\.0 KB/,
    );
    expect(full.warnings[0].message).not.toMatch(/quota/);
  });

  it('shows a collaborator none of the owner deals, and publishes nothing for them', () => {
    em.useSpreadsheet('Acme deal');
    em.as(PROSPECT);
    try {
      em.call('getSidebarState');
    } catch {
      // A prospect without the add-on may be refused; what matters is their registry.
    }
    em.as(OWNER);
    expect(
      [...em.properties.user(PROSPECT).keys()].filter((k) => k.startsWith('map.deal.')),
    ).toEqual([]);
  });
});

describe('the My deals tab', () => {
  const { em } = world({ now: '2026-11-02T09:00:00' });

  it('is written, then refreshed with the data replaced and its one chart updated', () => {
    createIn(em, 'Acme deal', 'America/New_York', DEALS[0].plan);
    createIn(em, 'Bolt deal', 'Asia/Tokyo', DEALS[1].plan);
    em.useSpreadsheet('Board');
    const first = em.call('writeMyDealsSheet') as MyDealsSheetJson;
    expect(first).toMatchObject({ sheetName: 'My deals', deals: 2 });
    createIn(em, 'Cyan deal', 'Europe/Paris', DEALS[2].plan);
    em.useSpreadsheet('Board');
    em.resetCounts();
    const second = em.call('writeMyDealsSheet') as MyDealsSheetJson;
    expect(second.deals).toBe(3);
    expect(em.counts()['Range.setValues']).toBe(1);
    const sheet = tab(em, 'My deals');
    expect(sheet.values.flat()).toEqual(expect.arrayContaining(['Acme', 'Bolt', 'Cyan']));
    const charts =
      (sheet as unknown as { charts?: { options: Record<string, unknown>; chartType: string }[] })
        .charts ?? [];
    expect(charts).toHaveLength(1);
    expect(charts[0].chartType).toBe('COLUMN');
    expect(charts[0].options.isStacked).toBe(true);
  });
});
