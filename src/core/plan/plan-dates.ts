// The dates no plan can be built from, said once for createPlan, the create form's preview and
// the scheduler: a target signature that has already gone by, and a go-live before signature.
import { compareDateKeys, formatDateKey, type DateKey } from '../dates';
import { TEMPLATES } from './templates';
import { outOfPlanRange } from './work-back';

export interface PlanDates {
  /** The template's id; an unknown id is left to the template lookup to refuse. */
  template: string;
  signatureDate: DateKey;
  goLiveDate: DateKey | null;
  /** Today in the SPREADSHEET's time zone; without it no date is judged past. */
  today?: DateKey;
  /** That zone, named in the message so "today" is not mistaken for the reader's own. */
  timeZone?: string;
}

export interface PlanDateProblem {
  field: 'signatureDate' | 'goLiveDate';
  message: string;
}

/**
 * Every reason these dates cannot make a plan, in the user's words. A past signature date would
 * write a plan whose every step is late on its first day. A template that runs after signature
 * (onboarding) takes the day the deal was signed, which may well be past: only its go-live is
 * checked.
 */
export function planDateProblems(dates: PlanDates): PlanDateProblem[] {
  const { signatureDate, goLiveDate, today } = dates;
  const postSignature = TEMPLATES.find((t) => t.id === dates.template)?.postSignature;
  const day = (key: DateKey) => formatDateKey(key, { weekday: true, year: today ?? true });
  const signatureWords = postSignature ? 'signature (start) date' : 'target signature date';
  // A date no plan can hold (a year typed as 2206) is that first, whatever else it is.
  const range = [
    { field: 'signatureDate', problem: outOfPlanRange(signatureDate, capitalised(signatureWords)) },
    { field: 'goLiveDate', problem: goLiveDate && outOfPlanRange(goLiveDate, 'Go-live date') },
  ] as const;
  const problems: PlanDateProblem[] = range.flatMap(({ field, problem }) =>
    problem ? [{ field, message: problem }] : [],
  );
  if (problems.length > 0) return problems;
  if (today && postSignature === false && compareDateKeys(signatureDate, today) < 0) {
    const zone = dates.timeZone ? `, ${dates.timeZone}` : '';
    problems.push({
      field: 'signatureDate',
      message: `The target signature date, ${day(signatureDate)}, has already passed (today is ${day(today)} in the spreadsheet's time zone${zone}): choose today or a later date.`,
    });
  }
  if (goLiveDate !== null && compareDateKeys(goLiveDate, signatureDate) < 0) {
    problems.push({
      field: 'goLiveDate',
      message: `The go-live date, ${day(goLiveDate)}, is before the ${signatureWords} (${day(signatureDate)}): choose a go-live date on or after signature.`,
    });
  }
  return problems;
}

function capitalised(words: string): string {
  return words.charAt(0).toUpperCase() + words.slice(1);
}
