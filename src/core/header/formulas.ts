// The header's LIVE formulas: progress and plan status recompute in the sheet with no script
// running, and mean what status/summary.ts means (tested against it with a formula engine).
// COUNTIFS over bounded ranges only: no array formulas, so Sheets and HyperFormula agree.
import { PLAUSIBLE_SERIALS } from '../cells';
import { STALLED_AFTER_DAYS_LATE } from '../model';
import type { StepLetters } from '../table/step-letters';

export interface HeaderFormulas {
  /** Text such as "3 of 10 done (30%)", exactly progressText() of the summary's progress. */
  progress: string;
  /** "On track", "At risk" or "Stalled". */
  status: string;
}

export function headerFormulas(
  columns: Pick<StepLetters, 'step' | 'targetDate' | 'status'>,
  firstDataRow: number,
  lastRow: number,
): HeaderFormulas {
  if (!Number.isInteger(firstDataRow) || firstDataRow < 1 || !Number.isInteger(lastRow)) {
    throw new RangeError(`Rows ${firstDataRow}..${lastRow} are not sheet rows`);
  }
  // An empty table still needs a valid range; one row past the start keeps it well-formed.
  const last = Math.max(lastRow, firstDataRow);
  const range = (letter: string): string => `$${letter}$${firstDataRow}:$${letter}$${last}`;
  const step = range(columns.step);
  const date = range(columns.targetDate);
  const status = range(columns.status);

  // A row is a step when it has a name, as in parseSteps.
  const done = `COUNTIFS(${step},"<>",${status},"Done")`;
  const total = `(COUNTIFS(${step},"<>")-COUNTIFS(${step},"<>",${status},"Skipped"))`;
  const progress =
    `=${done}&" of "&${total}&" done ("` + `&IF(${total}=0,0,ROUND(100*${done}/${total},0))&"%)"`;

  // Late by d days means floor(date) = TODAY()-d, so "d >= 7" is date < TODAY()-6 for any
  // time of day a date cell may carry. Numeric criteria skip text, so unreadable dates never count.
  const open = `${status},"<>Done",${status},"<>Skipped"`;
  const edge = `TODAY()-${STALLED_AFTER_DAYS_LATE - 1}`;
  const stalled = `COUNTIFS(${step},"<>",${date},">=${PLAUSIBLE_SERIALS.first}",${date},"<"&(${edge}),${open})`;
  const atRisk = `COUNTIFS(${step},"<>",${date},">="&(${edge}),${date},"<"&TODAY(),${open})`;
  const planStatus = `=IF(${stalled}>0,"Stalled",IF(${atRisk}>0,"At risk","On track"))`;

  return { progress, status: planStatus };
}
