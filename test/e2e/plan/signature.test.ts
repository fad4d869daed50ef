// One source of truth for the signature date, through the built bundle: the header's Target
// signature and the template's Signature step follow each other whichever a prospect edits,
// the move is in Slip history, the baseline stays, and a step that must come before signature
// but is dated after it is a warning.
import type { Emulator } from '../../../dev/emulator';
import { edit, OWNER, PLAN, status, world } from '../../support/world';
import { headerValue, shown, stepRows, tab, totalCalls } from '../../support/sheet';

const MAP = 'MAP – Acme';
const HIDDEN = 'a collaborator (address hidden by Google)';

/** Mid-market, signature Fri 8 Jan 2027, seen on Sunday 6 Dec 2026. */
function fresh(): Emulator {
  return world({
    now: '2026-12-06T09:00:00',
    plan: { ...PLAN, template: 'mid-market', signatureDate: '2027-01-08' },
  }).em;
}

function rowOf(em: Emulator, name: string): number {
  const found = stepRows(tab(em, MAP)).find((s) => s.step === name);
  if (!found) throw new Error(`no step '${name}'`);
  return found.row;
}

function targetOf(em: Emulator, name: string): string | null {
  return stepRows(tab(em, MAP)).find((s) => s.step === name)?.target ?? null;
}

function history(em: Emulator): string[][] {
  return (tab(em, 'Slip history').display ?? []).slice(1).map((r) => r.slice(1));
}

describe('the prospect moves the header’s target signature', () => {
  const em = fresh();
  const signatureRow = rowOf(em, 'Signature');
  em.resetCounts();
  edit(em, `${MAP}!F2`, '2027-02-26');
  const calls = totalCalls(em);
  const counted = em.counts();

  it('moves the Signature step with it, keeping its baseline and the baseline signature', () => {
    expect(targetOf(em, 'Signature')).toBe('2027-02-26');
    expect(shown(em, MAP, `J${signatureRow}`)).toBe(shown(em, MAP, 'F3'));
    expect(headerValue(tab(em, MAP), 'Baseline signature')).toEqual({ date: '2027-01-08' });
    expect(shown(em, MAP, `K${signatureRow}`)).toBe('49');
  });

  it('records the move in Slip history, naming what Google lets us name', () => {
    expect(history(em)).toEqual([['Signature', 'Jan 8, 2027', 'Feb 26, 2027', HIDDEN]]);
  });

  it('is what the status reads: the new date and its drift from the baseline', () => {
    const now = status(em);
    expect([now.signatureDate, now.signatureDriftDays, now.totalSlipDays]).toEqual([
      '2027-02-26',
      49,
      49,
    ]);
    expect(now.warnings).toEqual([]);
  });

  it('costs 14 service calls at most', () => {
    // The tab read whole (the step may be anywhere), one date written, one history row, and the
    // Utilities.formatDate that checks Intl at the first date conversion.
    expect(counted['Range.getValues']).toBe(1);
    expect(calls).toBeLessThanOrEqual(14);
  });
});

describe('the prospect moves the Signature step', () => {
  const em = fresh();
  const row = rowOf(em, 'Signature');
  edit(em, `${MAP}!G${row}`, '2027-02-26');

  it('moves the header’s target signature with it, and the baseline signature stays', () => {
    expect(headerValue(tab(em, MAP), 'Target signature')).toEqual({ date: '2027-02-26' });
    expect(headerValue(tab(em, MAP), 'Baseline signature')).toEqual({ date: '2027-01-08' });
    expect(status(em).signatureDate).toBe('2027-02-26');
  });

  it('records the move once', () => {
    expect(history(em)).toEqual([['Signature', 'Jan 8, 2027', 'Feb 26, 2027', HIDDEN]]);
  });
});

describe('a step that must come before signature, dated after it', () => {
  const em = fresh();
  const row = rowOf(em, 'Security review');
  edit(em, `${MAP}!G${row}`, '2027-01-12');

  it('is a warning naming the row, the step and both dates', () => {
    expect(status(em).warnings).toEqual([
      {
        row,
        message:
          "'Security review' is dated Tue, Jan 12, 2027, after the target signature (Fri, Jan 8, 2027)",
      },
    ]);
  });

  it('is judged against the signature as it moves, and steps after signature never are', () => {
    edit(em, `${MAP}!F2`, '2027-01-15', OWNER);
    expect(status(em).warnings).toEqual([]);
    // Kickoff comes after signature by design: dated after it, it is no warning.
    edit(em, `${MAP}!G${rowOf(em, 'Kickoff with customer success')}`, '2027-03-01');
    expect(status(em).warnings).toEqual([]);
  });
});
