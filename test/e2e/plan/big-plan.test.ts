// The number of service calls does not grow with the plan: a 5,000-step table costs
// getPlanStatus and refreshFormatting what an 18-step one does.
import { dateKeyToSerial } from '../../../src/core/plan/cells';
import { addDays } from '../../../src/core/dates';
import { ACME, status, world } from '../../support/world';
import { totalCalls } from '../../support/sheet';
import type { Emulator } from '../../../dev/emulator';
import type { PlanStatusResult } from '../../../src/shared/api';

const MAP = 'MAP – Acme';
const STEPS = 5000;

function callsOf(em: Emulator, name: string): { calls: number; result: PlanStatusResult } {
  em.resetCounts();
  const result = em.call(name) as PlanStatusResult;
  return { calls: totalCalls(em), result };
}

describe('a 5,000-step plan', () => {
  const { em } = world({ plan: ACME });
  const small = {
    status: callsOf(em, 'getPlanStatus').calls,
    refresh: callsOf(em, 'refreshFormatting').calls,
  };

  const sheet = em.workbook.requireSheet(MAP);
  em.workbook.userInsertRows(MAP, sheet.maxRows + 1, STEPS);
  const rows = Array.from({ length: STEPS }, (_, i) => [
    { text: `Step ${i + 1}` },
    null,
    { text: i % 3 === 0 ? '' : 'Ana' },
    null,
    { serial: dateKeyToSerial(addDays('2026-10-01', i % 120)) },
    { text: i % 5 === 0 ? 'Done' : 'In progress' },
  ]);
  sheet.write(8, 3, rows);

  it('is read with the same number of calls by getPlanStatus', () => {
    const { calls, result } = callsOf(em, 'getPlanStatus');
    expect(result.progress.total).toBe(STEPS);
    expect(result.progress.done).toBe(STEPS / 5);
    expect(result.status).toBe('Stalled');
    expect(calls).toBe(small.status);
  });

  it('is refreshed with the same number of calls, and the live header counts every row', () => {
    const { calls } = callsOf(em, 'refreshFormatting');
    expect(calls).toBe(small.refresh);
    const progress = sheet.read({ row: 2, column: 8, numRows: 1, numColumns: 1 }).values[0][0];
    expect(progress).toBe(`${STEPS / 5} of ${STEPS} done (20%)`);
    expect(status(em).progress.percent).toBe(20);
  });
});
