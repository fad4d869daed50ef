// Cells the add-on cannot read, through the built bundle: a formula a prospect typed that fails
// (=IMPORTXML in Owner shows #NAME?) is no owner, and a target date nobody can read is worded
// one way wherever it is shown.
import type { Emulator } from '../../../dev/emulator';
import { unreadableDateWords } from '../../../src/core/plan';
import { PLAN, edit, status, world } from '../../support/world';
import { lookOf, shown } from '../../support/sheet';

const MAP = 'MAP – Acme';

function fresh(): Emulator {
  const { em } = world({
    now: '2026-12-06T09:00:00',
    plan: { ...PLAN, signatureDate: '2027-01-08' },
  });
  // Every step owned, so only what the test does makes a step uncommitted.
  for (let row = 8; row <= 13; row++) em.edit(`${MAP}!E${row}`, 'Ana');
  return em;
}

describe('a formula error in Owner', () => {
  const em = fresh();
  edit(em, `${MAP}!E9`, '=IMPORTXML("https://intranet.example/owners","//a")');

  it('shows as the error in the sheet', () => {
    expect(shown(em, MAP, 'E9')).toBe('#NAME?');
  });

  it('is no owner: the step is uncommitted, in the status and in the sheet’s colours', () => {
    const now = status(em);
    expect(now.uncommitted.map((s) => [s.row, s.owner, s.missing])).toEqual([[9, '', ['owner']]]);
    expect(lookOf(em, MAP, 9)).toBe('uncommitted');
    expect(lookOf(em, MAP, 10)).not.toBe('uncommitted');
  });

  it('is never shown as a name, and the cell is reported with its row and why', () => {
    const now = status(em);
    expect(JSON.stringify([now.next, now.dueSoon, now.late, now.uncommitted])).not.toContain('#');
    expect(now.warnings).toEqual([
      {
        row: 9,
        message:
          'Owner shows the error #NAME? (a formula that failed), not a name, so the step counts as having no owner',
      },
    ]);
  });
});

describe('a target date nobody can read', () => {
  const em = fresh();
  edit(em, `${MAP}!G10`, 'next week');

  it('travels with the step, so the sidebar and the email say what the warning says', () => {
    const now = status(em);
    const step = now.uncommitted.find((s) => s.row === 10);
    expect(step).toMatchObject({ targetDate: null, targetDateText: 'next week' });
    expect(now.warnings).toContainEqual({
      row: 10,
      message: `Target date ${unreadableDateWords(step?.targetDateText ?? '')}`,
    });
    expect(unreadableDateWords('next week')).toBe("'next week' is not a date");
  });
});
