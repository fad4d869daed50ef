// Which target dates changed between two reads of the plan. A paste over many cells or a sort
// gives no e.oldValue, and rows move, so steps are matched by who they are, not where they sit.
import type { DateKey, Step } from '../model';

export interface DateChange {
  /** The step's row in the AFTER read. */
  row: number;
  step: string;
  oldDate: DateKey | null;
  newDate: DateKey | null;
}

type Identified = Pick<Step, 'row' | 'step' | 'phase' | 'targetDate'>;

function norm(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Pairs steps first by phase and name, then by name alone (a phase renamed in between); among
 * same-named steps, unchanged dates first, then in order of appearance. Steps added, removed or renamed have no partner
 * and report nothing: a history entry must never be a guess.
 */
export function detectDateChanges(
  before: readonly Identified[],
  after: readonly Identified[],
): DateChange[] {
  const unmatched = new Set(before.map((_, i) => i));
  const partner = new Map<number, number>();
  const byPhase = (s: Identified): string => `${norm(s.phase)}\u0000${norm(s.step)}`;
  const byName = (s: Identified): string => norm(s.step);
  const sameDate =
    (keyOf: (s: Identified) => string) =>
    (s: Identified): string =>
      `${keyOf(s)}\u0000${s.targetDate ?? ''}`;
  // Same-named steps that kept their dates pair up first, so sorting two "Review" rows past each
  // other is not mistaken for both their dates changing.
  const passes = [sameDate(byPhase), byPhase, sameDate(byName), byName];
  for (const keyOf of passes) {
    const waiting = new Map<string, number[]>();
    before.forEach((s, i) => {
      if (!unmatched.has(i)) return;
      const key = keyOf(s);
      waiting.set(key, [...(waiting.get(key) ?? []), i]);
    });
    after.forEach((s, j) => {
      if (partner.has(j)) return;
      const i = waiting.get(keyOf(s))?.shift();
      if (i === undefined) return;
      partner.set(j, i);
      unmatched.delete(i);
    });
  }

  const changes: DateChange[] = [];
  after.forEach((s, j) => {
    const i = partner.get(j);
    if (i === undefined) return;
    const oldDate = before[i].targetDate;
    if (oldDate !== s.targetDate) {
      changes.push({ row: s.row, step: s.step, oldDate, newDate: s.targetDate });
    }
  });
  return changes;
}
