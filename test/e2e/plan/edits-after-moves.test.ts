// The edit handler remembers where the table was; a prospect who deletes rows above it moves
// it up. Edits to the first steps must still be seen, and header edits stay cheap.
import type { Emulator } from '../../../dev/emulator';
import { ACME, create, PROSPECT, world } from '../../support/world';
import { shown } from '../../support/sheet';

const MAP = 'MAP – Acme';

function fresh(): Emulator {
  const em = world({ now: '2026-11-02T10:00:00' }).em;
  create(em, { ...ACME, template: 'velocity', signatureDate: '2026-12-15' });
  return em;
}

function editAs(em: Emulator, a1: string, text: string): void {
  const { runs } = em.as(PROSPECT).edit(`${MAP}!${a1}`, text);
  expect(runs.map((r) => r.ok)).toEqual([true]);
}

describe('Done stamping after the table moved', () => {
  it('stamps the first step after two rows above the table were deleted', () => {
    const em = fresh();
    // Headings on row 7, first step on row 8: delete rows 2-3, so the first step is on row 6.
    em.workbook.userDeleteRows(MAP, 2, 2, PROSPECT);
    expect(shown(em, MAP, 'H5')).toBe('Status');
    editAs(em, 'H6', 'Done');
    expect(shown(em, MAP, 'I6')).toBe('Nov 2, 2026');
    // The handler stored the new position: the next edit is seen too.
    editAs(em, 'H7', 'Done');
    expect(shown(em, MAP, 'I7')).toBe('Nov 2, 2026');
  });

  it('still dismisses an edit in the header block cheaply', () => {
    const em = fresh();
    em.resetCounts();
    editAs(em, 'C2', 'Acme Corporation');
    const calls = Object.values(em.counts()).reduce((a, b) => a + b, 0);
    expect(calls).toBeLessThanOrEqual(5);
  });
});
