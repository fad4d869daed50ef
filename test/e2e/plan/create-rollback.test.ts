// A createPlan that fails part-way leaves nothing behind, so the retry creates the plan as if
// the failure never happened (a half-written tab would look like a plan and block the retry).
import { ACME, create, world } from '../../support/world';

const FAILURE_POINTS = [
  'Range.setValues',
  'Sheet.setConditionalFormatRules',
  'Range.setDataValidations',
  // createPlan stores the plan's record and details in one write.
  'Properties.setProperties',
];

describe.each(FAILURE_POINTS)('createPlan failing at its first %s', (key) => {
  it('says so, leaves the spreadsheet as it was, and succeeds on retry', () => {
    const { em } = world();
    const before = em.workbook.sheets.map((s) => s.name);
    em.faults.failOnCall(key);

    expect(() => create(em, ACME)).toThrow(/could not be created.*Nothing was left behind/);
    expect(em.workbook.sheets.map((s) => s.name)).toEqual(before);

    const retry = create(em, ACME);
    expect(retry.outcome).toBe('created');
    expect(retry.sheetName).toBe(`MAP – ${ACME.customer}`);
    expect(retry.stakeholdersSheetName).toBe('Stakeholders');
    expect(em.call('getPlanStatus')).toMatchObject({ sheetName: retry.sheetName });
  });
});
