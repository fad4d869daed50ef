// createPlan through the built bundle: read the tabs back as a user would see them.
import { STEP_COLUMNS } from '../../../src/core/plan/model';
import { getTemplate } from '../../../src/core/plan';
import { ACME, COLLEAGUE, create, OWNER, PLAN, SELLER, status, world } from '../../support/world';
import { formulaAt, shown, stepRows, tab, totalCalls, valueAt } from '../../support/sheet';

const MAP = 'MAP – Acme';

describe('createPlan', () => {
  const { em, plan: result } = world({ plan: ACME });
  const enterprise = getTemplate('enterprise');

  it('returns a JSON summary of what it created', () => {
    expect(result).toMatchObject({
      outcome: 'created',
      sheetName: MAP,
      stakeholdersSheetName: 'Stakeholders',
      stepCount: enterprise.steps.length,
      signatureDate: '2027-01-29',
      warnings: [],
    });
    expect(result.firstDate > '2026-11-02').toBe(true);
    expect(em.workbook.sheets.map((s) => s.name)).toEqual([
      MAP,
      'Stakeholders',
      'Slip history',
      'Sheet1',
    ]);
  });

  it('writes the header block, with the plan owner and dates in the spreadsheet', () => {
    expect(shown(em, MAP, 'A1')).toBe('Mutual Action Plan: Acme × Globex');
    expect([shown(em, MAP, 'B2'), shown(em, MAP, 'C2')]).toEqual(['Customer', 'Acme']);
    expect([shown(em, MAP, 'B4'), shown(em, MAP, 'C4')]).toEqual(['Plan owner', OWNER]);
    expect([shown(em, MAP, 'B5'), shown(em, MAP, 'C5')]).toEqual([
      'Goal / compelling event',
      ACME.goal,
    ]);
    expect([shown(em, MAP, 'E2'), shown(em, MAP, 'F2')]).toEqual([
      'Target signature',
      'Jan 29, 2027',
    ]);
    expect([shown(em, MAP, 'E3'), shown(em, MAP, 'F3')]).toEqual([
      'Baseline signature',
      'Jan 29, 2027',
    ]);
    expect(shown(em, MAP, 'F4')).toBe('');
    expect(shown(em, MAP, 'H2')).toBe(`0 of ${enterprise.steps.length} done (0%)`);
    expect(shown(em, MAP, 'H3')).toBe('On track');
  });

  it('writes the step table under frozen headings, one row per template step', () => {
    const map = tab(em, MAP);
    expect(map.values[6]).toEqual(STEP_COLUMNS.map((c) => c.header));
    expect(map.frozenRows).toBe(7);
    const last = 7 + enterprise.steps.length;
    expect(map.values).toHaveLength(last);
    enterprise.steps.forEach((step, i) => {
      const row = map.display?.[7 + i] ?? [];
      expect([row[0], row[2], row[3], row[4], row[7], row[8]]).toEqual([
        String(i + 1),
        step.step,
        step.side === 'Prospect' ? 'Customer' : step.side,
        // The one seller owns the vendor's steps; the buyer names their own.
        step.side === 'Vendor' ? 'Ana Seller' : '',
        'Not started',
        '',
      ]);
      expect(row[6]).toBe(row[9]); // the baseline starts as the target date
      expect(row[10]).toBe('0');
    });
    const signature = enterprise.steps.findIndex((s) => s.milestone === 'signature');
    expect(shown(em, MAP, `G${8 + signature}`)).toBe('Jan 29, 2027');
    expect(map.columnWidths?.C).toBe(260);
  });

  it('validates Side and Status as dropdowns and the dates as dates, down to the last row', () => {
    const rules = tab(em, MAP).validations ?? [];
    const on = (column: string) =>
      rules.find((v) => v.ranges.some((r) => r.startsWith(`${column}8:`)));
    // Side warns rather than rejects: "Prospect" and other synonyms are read as a side.
    expect(on('D')).toMatchObject({ criteria: 'VALUE_IN_LIST', allowInvalid: true });
    expect(on('H')).toMatchObject({
      criteria: 'VALUE_IN_LIST',
      values: [['Not started', 'In progress', 'Blocked', 'Done', 'Skipped'], true],
    });
    expect(on('G')).toMatchObject({ criteria: 'DATE_IS_VALID_DATE', ranges: ['G8:G1000'] });
    expect(on('I')).toMatchObject({ criteria: 'DATE_IS_VALID_DATE' });
  });

  it('stores a formula-looking customer name as text, in the cell and the tab name', () => {
    const { em: hostile } = world();
    const customer = '=IMPORTXML("http://x","//a")';
    const made = create(hostile, { ...ACME, customer });
    expect(made.outcome).toBe('created');
    expect(formulaAt(hostile, made.sheetName, 'C2')).toBe('');
    expect(valueAt(hostile, made.sheetName, 'C2')).toBe(customer);
    expect(shown(hostile, made.sheetName, 'A1')).toBe(`Mutual Action Plan: ${customer} × Globex`);
    expect(made.sheetName).not.toMatch(/[/:]/);
  });

  it('fills Stakeholders with the template’s roles and ticks the sellers', () => {
    const people = tab(em, 'Stakeholders');
    expect(people.values[0]).toEqual(['Name', 'Email', 'Side', 'Role', 'Weekly email']);
    const ae = people.values.find((r) => r[3] === 'AE');
    expect(ae).toEqual(['Ana Seller', 'ana@vendor.example', 'Vendor', 'AE', true]);
    const champion = people.values.find((r) => r[3] === 'Champion');
    expect(champion).toEqual(['', '', 'Customer', 'Champion', false]);
    expect(people.validations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ criteria: 'CHECKBOX', ranges: ['E2:E1000'] }),
      ]),
    );
    expect(tab(em, 'Slip history').values[0]).toEqual([
      'When',
      'Step',
      'Old date',
      'New date',
      'Who',
    ]);
  });

  it('installs one edit trigger for the owner and remembers the plan by sheet id', () => {
    const edit = em.triggers().filter((t) => t.eventType === 'ON_EDIT');
    expect(edit).toEqual([expect.objectContaining({ handler: 'onPlanEdit', owner: OWNER })]);
    const stored = JSON.parse(em.properties.document(em.workbook.id).get('map.plan') ?? 'null');
    expect(stored.sheetId).toBe(em.workbook.getSheetByName(MAP)?.sheetId);
  });

  it('refuses a second plan, says where the first is, and changes nothing', () => {
    const before = JSON.stringify(em.workbook.toJSON());
    const triggers = em.triggers().length;
    const again = create(em, { ...ACME, customer: 'Initech' });
    expect(again.outcome).toBe('refused');
    expect(again.message).toContain(`'${MAP}'`);
    expect(JSON.stringify(em.workbook.toJSON())).toBe(before);
    expect(em.triggers()).toHaveLength(triggers);
  });

  it('refuses invalid options with every problem named, writing nothing', () => {
    const { em: fresh } = world();
    expect(() =>
      create(fresh, {
        ...ACME,
        customer: '',
        signatureDate: '2027-02-30',
        sellers: [{ name: 'X', email: 'x@' }],
      }),
    ).toThrow(
      /Customer is required\. Target signature date '2027-02-30' is not a date.*Seller 1's email 'x@' is not valid/,
    );
    expect(() => create(fresh, { ...ACME, template: 'nope' })).toThrow(/Unknown template "nope"/);
    expect(fresh.workbook.sheets.map((s) => s.name)).toEqual(['Sheet1']);
  });

  it('makes the same number of service calls for a 6-step and a 20-step template', () => {
    const counts = ['velocity', 'enterprise'].map((template) => {
      const { em: fresh } = world();
      fresh.resetCounts();
      const made = create(fresh, { ...ACME, template });
      expect(made.stepCount).toBe(getTemplate(template).steps.length);
      return totalCalls(fresh);
    });
    expect(getTemplate('velocity').steps.length).toBeLessThan(
      getTemplate('enterprise').steps.length,
    );
    expect(counts[0]).toBe(counts[1]);
    expect(counts[0]).toBeLessThan(400);
  });

  it('previews the schedule from today in the sheet’s zone without writing anything', () => {
    const { em: fresh } = world();
    const preview = fresh.call('previewSchedule', {
      template: 'velocity',
      signatureDate: '2026-11-04',
    }) as {
      today: string;
      startsInPast: { message: string } | null;
      steps: unknown[];
    };
    expect(preview.today).toBe('2026-11-02');
    expect(preview.startsInPast?.message).toMatch(/Compress the plan or move signature/);
    expect(preview.steps).toHaveLength(getTemplate('velocity').steps.length);
    expect(fresh.workbook.sheets).toHaveLength(1);
  });

  it('creates a plan that would start in the past, with the warning; compress fits it from today', () => {
    const late = create(world().em, { ...ACME, template: 'velocity', signatureDate: '2026-11-11' });
    expect(late.outcome).toBe('created');
    expect(late.firstDate < '2026-11-02').toBe(true);
    expect(late.warnings.join(' ')).toMatch(/Compress the plan or move signature/);
    const squeezed = create(world().em, {
      ...ACME,
      template: 'velocity',
      signatureDate: '2026-11-11',
      compress: true,
    });
    expect(squeezed.firstDate >= '2026-11-02').toBe(true);
    expect(squeezed.warnings.join(' ')).not.toMatch(/Compress the plan or move/);
  });

  it('creates a new plan once the old tabs are deleted, keeping the one edit trigger', () => {
    const { em: fresh } = world();
    const first = create(fresh, ACME);
    for (const name of [first.sheetName, 'Stakeholders', 'Slip history']) {
      const sheet = fresh.workbook.getSheetByName(name);
      if (sheet) fresh.workbook.deleteSheet(sheet);
    }
    const second = create(fresh, { ...ACME, customer: 'Initech' });
    expect(second).toMatchObject({ outcome: 'created', sheetName: 'MAP – Initech' });
    expect(fresh.triggers().filter((t) => t.eventType === 'ON_EDIT')).toHaveLength(1);
  });

  it('selects a step row for the sidebar’s links', () => {
    em.call('selectStepRow', 12);
    expect(em.workbook.activeRange).toEqual({
      sheetId: em.workbook.getSheetByName(MAP)?.sheetId,
      range: { row: 12, column: 1, numRows: 1, numColumns: 12 },
    });
    expect(() => em.call('selectStepRow', 0)).toThrow('Row 0 is not a sheet row.');
  });
});

describe('owners of a new plan', () => {
  const { em } = world({
    now: '2026-12-06T09:00:00',
    plan: {
      ...PLAN,
      template: 'velocity',
      signatureDate: '2027-01-29',
      sellers: [
        { name: 'Ana Seller', email: SELLER, role: 'AE' },
        { name: 'Sam Engineer', email: COLLEAGUE, role: 'SE' },
      ],
    },
  });

  it('names the seller in the suggested role on each Vendor step, and no one on the buyer’s', () => {
    const rows = stepRows(tab(em, 'MAP – Acme'));
    const owners = Object.fromEntries(rows.map((r) => [r.step, r.owner]));
    expect(owners).toMatchObject({ Demo: 'Sam Engineer', 'Proposal and pricing': 'Ana Seller' });
    const sides = tab(em, 'MAP – Acme').values;
    for (const r of rows) {
      const side = sides[r.row - 1][3];
      if (side !== 'Vendor') expect([r.step, r.owner]).toEqual([r.step, '']);
    }
  });

  it('so the uncommitted steps are the buyer’s alone', () => {
    const now = status(em);
    const vendorRows = new Set(
      stepRows(tab(em, 'MAP – Acme'))
        .filter((r) => tab(em, 'MAP – Acme').values[r.row - 1][3] === 'Vendor')
        .map((r) => r.row),
    );
    expect(now.uncommitted.length).toBeGreaterThan(0);
    expect(now.uncommitted.filter((s) => vendorRows.has(s.row))).toEqual([]);
  });
});
