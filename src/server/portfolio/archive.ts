// archiveDeal and reopenDeal, on the CURRENT spreadsheet's plan. Archiving releases the plan's
// triggers (its edit trigger and, through the weekly email's own path, its clock trigger), marks
// the deal archived in the owner's registry and puts a visible line above the step table; every
// row is kept. Reopening takes the edit trigger back when the budget allows (else the refusal
// names the plans holding the user's triggers). A weekly email that archiving turned off is turned
// back on, as it was (same day and hour, same approvals), when its trigger fits too; when it does
// not, the deal is reopened all the same and the answer says the email stays off and why.
import {
  archivedMeta,
  requireArchiveOutcome,
  reopenedMeta,
  type DealMeta,
} from '../../core/portfolio';
import { dealTitle } from '../../core/plan';
import { addressKey } from '../../core/weekly-email';
import type { ArchiveDealOptions, PortfolioJson } from '../../shared/api';
import { NO_PLAN } from '../plan/find-plan';
import type { PlanReading } from '../plan/read-plan';
import { withDocumentLock } from '../platform/lock';
import { effectiveUserEmail } from '../platform/session';
import { activeSpreadsheet, todayIn } from '../platform/sheets';
import { ensureEditTrigger, myPlanTriggers, removeEditTriggers } from '../platform/triggers';
import { configureWeeklyDigest } from '../weekly-email/configure';
import { openDigestRun, runsSchedule } from '../weekly-email/run-context';
import {
  archiveNote,
  archiveNoteCell,
  archiveNoteRows,
  weeklyEmailNotResumed,
} from './archive-note';
import { metaWithCurrentTriggers, requireTriggerRoom, withTriggerLimit } from './deal-triggers';
import { getPortfolio, planIn } from './get-portfolio';
import { publishPlan } from './publish';
import { publishesAsOwner } from './registry-changes';
import { TriggerLimitError } from './trigger-room';
import { openUserRegistry } from './registry-store';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function archiveDeal(options: ArchiveDealOptions): PortfolioJson {
  const outcome = requireArchiveOutcome((options as { outcome?: unknown } | null)?.outcome);
  const ss = activeSpreadsheet();
  requireOwnedPlan(ss);
  const weeklyEmail = stopMyWeeklyEmail();
  withDocumentLock(() => {
    const now = new Date();
    const { reading, meta } = requireOwnedPlan(ss);
    removeEditTriggers(ss);
    const released = metaWithCurrentTriggers({
      ss,
      customer: reading.header.customer,
      timeZone: reading.timeZone,
      entry: null,
    });
    // A trigger another run made meanwhile would stay counted; archiving is only said done
    // once this user holds none here.
    if (released.triggers.length > 0) {
      throw new Error('This plan still holds a trigger; try archiving it again in a minute.');
    }
    writeNote(reading, archiveNote(outcome, todayIn(reading.timeZone, now)));
    const archived = archivedMeta(
      { ...released, customer: released.customer || meta?.customer || '' },
      outcome,
      now.getTime(),
      // Archived again (a new outcome): the email the first archiving stopped is still owed.
      weeklyEmail || meta?.archived?.weeklyEmail === true,
    );
    publishPlan({ ss, reading, now, meta: archived });
  });
  return getPortfolio();
}

export function reopenDeal(): PortfolioJson {
  const ss = activeSpreadsheet();
  let resume = false;
  let name = '';
  withDocumentLock(() => {
    const now = new Date();
    const { reading, meta } = requireOwnedPlan(ss);
    resume = meta?.archived?.weeklyEmail === true;
    name = dealTitle(reading.header.customer, reading.header.vendor) || reading.sheetName;
    const access = openUserRegistry();
    const hasEditTrigger = myPlanTriggers(ss).some((t) => t.kind === 'edit');
    requireTriggerRoom(access, hasEditTrigger ? 0 : 1, 'reopen');
    withTriggerLimit(access, 'reopen', () => ensureEditTrigger(ss));
    writeNote(reading, null);
    const current = metaWithCurrentTriggers({
      ss,
      customer: reading.header.customer || meta?.customer || '',
      timeZone: reading.timeZone,
      entry: null,
    });
    publishPlan({ ss, reading, now, meta: reopenedMeta(current, current.triggers) });
  });
  const notResumed = resume ? resumeWeeklyEmail() : null;
  const portfolio = getPortfolio();
  if (notResumed !== null) {
    portfolio.warnings.unshift({
      spreadsheetId: ss.getId(),
      message: weeklyEmailNotResumed(name, notResumed),
    });
  }
  return portfolio;
}

interface OwnedPlan {
  reading: PlanReading;
  meta: DealMeta | null;
}

/** The plan, when the running user owns it: only the owner's triggers and registry are at stake. */
function requireOwnedPlan(ss: Spreadsheet): OwnedPlan {
  const reading = planIn(ss, new Date());
  if (reading === null) throw new Error(NO_PLAN);
  const me = addressKey(effectiveUserEmail());
  const entry =
    openUserRegistry().registry.entries.find((e) => e.spreadsheetId === ss.getId()) ?? null;
  const meta = entry?.meta ?? null;
  if (!publishesAsOwner(reading.header.owner, me, meta)) {
    const owner = reading.header.owner.trim();
    throw new Error(
      `Only the plan's owner${owner ? ` (${owner})` : ''} can archive or reopen this deal: the triggers and the deals list are theirs.`,
    );
  }
  return { reading, meta };
}

/** Turns the weekly email off through its own path when this user runs it; whether it did. */
function stopMyWeeklyEmail(): boolean {
  const run = openDigestRun();
  const { schedule } = run.doc;
  if (!schedule.enabled || !runsSchedule(run)) return false;
  configureWeeklyDigest({ enabled: false, weekday: schedule.weekday, hour: schedule.hour });
  return true;
}

/**
 * The weekly email back on, on the day and hour it had (turning it off kept them), through its
 * own path (budget, owner, plan checks). Null when it is on; else why not, in words.
 */
function resumeWeeklyEmail(): { budget: boolean; message: string } | null {
  try {
    const { schedule } = openDigestRun().doc;
    configureWeeklyDigest({ enabled: true, weekday: schedule.weekday, hour: schedule.hour });
    return null;
  } catch (error) {
    return {
      budget: error instanceof TriggerLimitError,
      message: error instanceof Error ? error.message : String(error),
    };
  }
}

/**
 * The archive line above the step table: written (into a row of its own when the one above the
 * headings holds the user's text), or (null) cleared wherever it is above the headings.
 */
function writeNote(reading: PlanReading, note: string | null): void {
  const { sheet, values, table } = reading.plan;
  if (note === null) {
    for (const row of archiveNoteRows(values, table.headerRow)) {
      sheet.getRange(row, 1).clearContent();
    }
    return;
  }
  const cell = archiveNoteCell(values, table.headerRow);
  if (cell.insertRow) sheet.insertRowBefore(cell.row);
  sheet.getRange(cell.row, cell.column).setValue(note).setFontWeight('bold');
}
