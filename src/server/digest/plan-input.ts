// The plan as the weekly email needs it, read through the plan server's own reader (one read of
// the plan tab, one of the Stakeholders tab). "Gone" and "unreadable" are told apart: a gone plan
// removes the schedule, an unreadable one only pauses it until someone fixes the table. A
// Stakeholders tab that is missing or lost a column does not make the PLAN unreadable: the plan
// still reads (the sidebar shows its status) while sends pause on that problem.
import type { RowWarning, Stakeholder } from '../../core/model';
import { findPlan } from '../plan/locate';
import { NO_STAKEHOLDERS_TAB } from '../plan/messages';
import { readStakeholders, summarize, type PlanReading } from '../plan/read-plan';

export interface DigestPlan {
  reading: PlanReading;
  stakeholders: Stakeholder[];
  stakeholderWarnings: RowWarning[];
  /** The plan tab's own URL, so the link opens on the plan even after a rename. */
  sheetUrl: string;
  /**
   * Set when the Stakeholders tab is missing or lost a column it needs (Name, Email, Weekly
   * email): a send would mail nobody and close the week without a word, so sends pause instead,
   * and the sidebar says so at once.
   */
  stakeholdersProblem: string | null;
}

export type DigestPlanLookup =
  { kind: 'found'; plan: DigestPlan } | { kind: 'unreadable'; message: string } | { kind: 'gone' };

export function readDigestPlan(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  docProps: GoogleAppsScript.Properties.Properties,
  timeZone: string,
  now: Date,
): DigestPlanLookup {
  const lookup = findPlan(ss, docProps);
  if (lookup.kind === 'none') return { kind: 'gone' };
  if (lookup.kind === 'broken') return { kind: 'unreadable', message: lookup.message };
  const reading = summarize(lookup.plan, timeZone, now);
  let stakeholders: Stakeholder[] = [];
  let stakeholderWarnings: RowWarning[] = [];
  let stakeholdersProblem: string | null = NO_STAKEHOLDERS_TAB;
  try {
    const found = readStakeholders(ss, lookup.plan.record);
    if (found) {
      stakeholders = found.stakeholders;
      stakeholderWarnings = found.warnings;
      stakeholdersProblem = null;
    }
  } catch (error) {
    stakeholdersProblem = error instanceof Error ? error.message : String(error);
  }
  return {
    kind: 'found',
    plan: {
      reading,
      stakeholders,
      stakeholderWarnings,
      sheetUrl: `${ss.getUrl()}#gid=${lookup.plan.sheet.getSheetId()}`,
      stakeholdersProblem,
    },
  };
}
