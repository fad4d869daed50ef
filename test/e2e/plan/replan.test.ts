// Re-planning through the built bundle: previewReplan writes nothing, replan moves the open
// steps, keeps the baselines, moves the header and writes one Slip history row per moved date,
// and what it returns is what getPlanStatus reads afterwards. Shift and fit, in an odd zone.
import type { Emulator } from '../../../dev/emulator';
import type { PlanStatusResult, ReplanPreviewJson } from '../../../src/shared/api';
import { OWNER, PLAN, status, world } from '../../support/world';
import {
  columnOf,
  formulaAt,
  headerValue,
  letter,
  stepRows,
  tab,
  totalCalls,
} from '../../support/sheet';

const MAP = 'MAP – Acme';

/** Mid-market, signature Fri 8 Jan 2027, seen on Sunday 6 Dec 2026 in Pacific/Chatham. */
function fresh(): Emulator {
  return world({
    timeZone: 'Pacific/Chatham',
    now: '2026-12-06T09:00:00',
    plan: { ...PLAN, template: 'mid-market', signatureDate: '2027-01-08' },
  }).em;
}

function baselines(em: Emulator): unknown[] {
  const sheet = tab(em, MAP);
  const column = columnOf(sheet, 'Baseline date') - 1;
  return stepRows(sheet).map((s) => sheet.values[s.row - 1][column]);
}

function history(em: Emulator): string[][] {
  return (tab(em, 'Slip history').display ?? []).slice(1).map((r) => r.slice(1));
}

function preview(em: Emulator, signatureDate: string, mode: 'shift' | 'fit') {
  const answer = em.call('previewReplan', { signatureDate, mode }) as ReplanPreviewJson;
  if (!answer.ok) throw new Error(answer.problem);
  return answer;
}

describe('previewReplan then replan (shift)', () => {
  const em = fresh();
  const before = JSON.stringify(em.workbook.toJSON());
  const firstBaselines = baselines(em);
  em.resetCounts();
  const shown = preview(em, '2027-01-22', 'shift');
  const previewCalls = em.counts();
  const unchanged = JSON.stringify(em.workbook.toJSON()) === before;
  em.resetCounts();
  const after = em.call('replan', {
    signatureDate: '2027-01-22',
    mode: 'shift',
  }) as PlanStatusResult;
  const replanCalls = totalCalls(em);

  it('previews without writing, in one read of the plan tab', () => {
    expect(unchanged).toBe(true);
    expect(Object.keys(previewCalls).filter((m) => /set|insert|append/i.test(m))).toEqual([]);
    expect(shown.moves.length).toBeGreaterThan(5);
    expect(shown.signature).toEqual({ from: '2027-01-08', to: '2027-01-22' });
  });

  it('moves exactly the previewed steps and keeps every baseline', () => {
    const now = Object.fromEntries(stepRows(tab(em, MAP)).map((s) => [s.step, s.target]));
    for (const m of shown.moves) expect(now[m.step]).toBe(m.to);
    expect(now.Signature).toBe('2027-01-22');
    expect(baselines(em)).toEqual(firstBaselines);
    expect(headerValue(tab(em, MAP), 'Target signature')).toEqual({ date: '2027-01-22' });
    expect(headerValue(tab(em, MAP), 'Baseline signature')).toEqual({ date: '2027-01-08' });
  });

  it('writes one Slip history row per moved date, naming the re-plan and who asked', () => {
    const rows = history(em);
    expect(rows).toHaveLength(shown.moves.length);
    expect(rows.map((r) => r[0])).toEqual(shown.moves.map((m) => m.step));
    for (const r of rows) expect(r[3]).toBe(`${OWNER} (re-plan)`);
  });

  it('returns what getPlanStatus reads afterwards, in a bounded number of calls', () => {
    const { generatedAt: _a, ...returned } = after as PlanStatusResult & { generatedAt?: unknown };
    const { generatedAt: _b, ...read } = status(em) as PlanStatusResult & { generatedAt?: unknown };
    expect(returned).toEqual(read);
    expect(read.signatureDate).toBe('2027-01-22');
    expect(replanCalls).toBeLessThan(40);
  });
});

describe('replan (fit) to a date the plan does not fit before', () => {
  const em = fresh();
  const shown = preview(em, '2026-12-18', 'fit');
  em.call('replan', { signatureDate: '2026-12-18', mode: 'fit' });
  const rows = stepRows(tab(em, MAP));

  it('draws the steps before signature between today and the new date, in order', () => {
    expect(shown.compressed).toBe(true);
    expect(shown.notes.join(' ')).toMatch(/drawn closer together/);
    const signature = rows.findIndex((s) => s.step === 'Signature');
    const before = rows.slice(0, signature).map((s) => s.target as string);
    expect(before.every((d) => d >= '2026-12-07' && d <= '2026-12-18')).toBe(true);
    expect([...before].sort()).toEqual(before);
    expect(rows[signature].target).toBe('2026-12-18');
    expect(status(em).late).toEqual([]);
  });
});

describe('refusals', () => {
  it('refuses a past date in words and writes nothing', () => {
    const em = fresh();
    const before = JSON.stringify(em.workbook.toJSON());
    expect(() => em.call('replan', { signatureDate: '2026-11-20', mode: 'fit' })).toThrow(
      /before today/,
    );
    expect(em.call('previewReplan', { signatureDate: '2026-11-20', mode: 'shift' })).toEqual({
      ok: false,
      problem: expect.stringMatching(/before today/),
    });
    expect(() => em.call('replan', { signatureDate: '2027-01-22', mode: 'sideways' })).toThrow(
      /"shift" or "fit"/,
    );
    expect(JSON.stringify(em.workbook.toJSON())).toBe(before);
  });
});

describe('replan keeps what the rows it does not move hold', () => {
  it('leaves a formula and typed text in Target date cells between moved rows as they were', () => {
    const em = fresh();
    const rows = stepRows(tab(em, MAP));
    const column = letter(columnOf(tab(em, MAP), 'Target date'));
    const status = letter(columnOf(tab(em, MAP), 'Status'));
    // Row 2 is skipped with a formula for a date; row 3 holds words no one can read as a date.
    em.as(OWNER).edit(`${MAP}!${status}${rows[1].row}`, 'Skipped');
    em.as(OWNER).edit(`${MAP}!${column}${rows[1].row}`, '=DATE(2026,12,20)');
    em.as(OWNER).edit(`${MAP}!${column}${rows[2].row}`, '1/2 next week');
    em.call('replan', { signatureDate: '2027-01-22', mode: 'shift' });
    expect(formulaAt(em, MAP, `${column}${rows[1].row}`)).toBe('=DATE(2026,12,20)');
    expect(tab(em, MAP).values[rows[2].row - 1][columnOf(tab(em, MAP), 'Target date') - 1]).toBe(
      '1/2 next week',
    );
    expect(stepRows(tab(em, MAP))[0].target).not.toBe(rows[0].target);
  });
});
