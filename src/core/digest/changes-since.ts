// "Completed since the last email" and "dates moved (old -> new)", from the previous email's
// snapshot. Without one (the first email, or a lost snapshot) completions fall back to the
// steps whose Done-on date is in the last week, and no moves are claimed.
import { addDays, compareDateKeys } from '../dates';
import type { DateKey, Step } from '../model';
import { snapshotEntries, type DigestSnapshot } from './snapshot';
import { stepKeys } from './step-key';

export const DEFAULT_COMPLETED_WINDOW_DAYS = 7;

export interface StepChanges {
  completed: Step[];
  moved: { step: Step; from: DateKey; to: DateKey }[];
  /** The previous email's day, or null when the default window was used. */
  since: DateKey | null;
}

export function changesSince(
  steps: readonly Step[],
  snapshot: DigestSnapshot | null,
  today: DateKey,
): StepChanges {
  if (snapshot === null) {
    const from = addDays(today, -DEFAULT_COMPLETED_WINDOW_DAYS);
    const completed = steps.filter(
      (s) =>
        s.status === 'Done' &&
        s.doneOn !== null &&
        compareDateKeys(s.doneOn, from) > 0 &&
        compareDateKeys(s.doneOn, today) <= 0,
    );
    return { completed, moved: [], since: null };
  }

  const before = snapshotEntries(snapshot);
  const keys = stepKeys(steps.map((s) => s.step));
  const completed: Step[] = [];
  const moved: StepChanges['moved'] = [];
  steps.forEach((step, i) => {
    const old = before.get(keys[i]);
    if (step.status === 'Done') {
      const newlyDone = old
        ? old.status !== 'Done'
        : step.doneOn !== null && compareDateKeys(step.doneOn, snapshot.on) >= 0;
      if (newlyDone) completed.push(step);
      return;
    }
    if (step.status === 'Skipped') return;
    if (old?.targetDate && step.targetDate && old.targetDate !== step.targetDate) {
      moved.push({ step, from: old.targetDate, to: step.targetDate });
    }
  });
  return { completed, moved, since: snapshot.on };
}
