import { listStakeholderWarnings, MAX_SIDEBAR_WARNINGS } from './stakeholder-warnings';

describe('listStakeholderWarnings', () => {
  it('lists rows in sheet order and counts what it leaves out', () => {
    const warnings = Array.from({ length: MAX_SIDEBAR_WARNINGS + 5 }, (_, i) => ({
      row: 100 - i,
      message: `Side 'x${i}' is not one of Vendor, Prospect, Joint`,
    }));
    const listed = listStakeholderWarnings(warnings);
    expect(listed.shown).toHaveLength(MAX_SIDEBAR_WARNINGS);
    expect(listed.more).toBe(5);
    expect(listed.shown[0]).toEqual({
      row: 76,
      message: "Side 'x24' is not one of Vendor, Prospect, Joint",
    });
    const rows = listed.shown.map((w) => w.row);
    expect(rows).toEqual([...rows].sort((a, b) => a - b));
  });

  it('cuts a message that quotes a huge cell and drops its line breaks', () => {
    const [only] = listStakeholderWarnings([
      { row: 3, message: `Weekly email '${'y'.repeat(9000)}\nz' is not ticked or unticked` },
    ]).shown;
    expect(only.row).toBe(3);
    expect(only.message.length).toBeLessThanOrEqual(200);
    expect(only.message).not.toContain('\n');
    expect(only.message.startsWith("Weekly email 'yyy")).toBe(true);
  });

  it('is empty for a tab that reads', () => {
    expect(listStakeholderWarnings([])).toEqual({ shown: [], more: 0 });
  });
});
