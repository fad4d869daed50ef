// The colour key on the MAP tab, through the built bundle: the seven states in the rules' own
// looks, beside the header block, written by createPlan and put back by refreshFormatting
// wherever rows moved, without a second copy and without touching the table.
import type { Emulator } from '../../../dev/emulator';
import { LEGEND, LEGEND_TITLE } from '../../../src/core/plan';
import { PLAN, edit, world } from '../../support/world';
import { headingRowOf, shown } from '../../support/sheet';

const MAP = 'MAP – Acme';

function fresh(): Emulator {
  return world({ now: '2026-12-06T09:00:00', plan: { ...PLAN, signatureDate: '2027-01-29' } }).em;
}

/** Every cell above the table that holds one of the key's texts, as [row, column, text]. */
function keyCells(em: Emulator): [number, number, string][] {
  const sheet = em.workbook.requireSheet(MAP);
  const top = headingRowOf(em, MAP) - 1;
  const block = sheet.read({ row: 1, column: 1, numRows: top, numColumns: sheet.lastColumn() });
  const texts = new Set([LEGEND_TITLE, ...LEGEND.map((e) => e.label)]);
  const found: [number, number, string][] = [];
  block.values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (typeof v === 'string' && texts.has(v)) found.push([r + 1, c + 1, v]);
    }),
  );
  return found;
}

function expectKeyAt(em: Emulator, row: number, column: number): void {
  expect(shown(em, MAP, `${String.fromCharCode(64 + column)}${row}`)).toBe(LEGEND_TITLE);
  LEGEND.forEach((entry, i) => {
    const r = row + Math.floor((i + 1) / 3);
    const c = column + ((i + 1) % 3);
    const look = em.workbook.effectiveFormat(MAP, r, c);
    expect([
      shown(em, MAP, `${String.fromCharCode(64 + c)}${r}`),
      look.background.toLowerCase(),
      look.fontColor.toLowerCase(),
    ]).toEqual([
      entry.label,
      (entry.look.background ?? '#ffffff').toLowerCase(),
      entry.look.fontColor.toLowerCase(),
    ]);
  });
  expect(keyCells(em)).toHaveLength(LEGEND.length + 1);
}

describe('the colour key', () => {
  it('is written by createPlan beside the header block, above the table', () => {
    const em = fresh();
    expectKeyAt(em, 2, 10);
    expect(headingRowOf(em, MAP)).toBe(7);
  });

  it('is put back by refreshFormatting after a prospect clears part of it, and only once', () => {
    const em = fresh();
    edit(em, `${MAP}!J2`, '');
    edit(em, `${MAP}!K3`, '');
    em.call('refreshFormatting');
    expectKeyAt(em, 2, 10);
  });

  it('is found again after rows are inserted above it, not written twice', () => {
    const em = fresh();
    em.workbook.userInsertRows(MAP, 1, 2);
    em.call('refreshFormatting');
    expectKeyAt(em, 4, 10);
    em.call('refreshFormatting');
    expectKeyAt(em, 4, 10);
  });
});
