// archiveDeal and reopenDeal, on the CURRENT spreadsheet's plan. Archiving releases the plan's
// triggers (its edit trigger and, through the weekly email's own path, its clock trigger), marks
// the deal archived in the owner's registry and puts a visible line above the step table; every
// row is kept. Reopening takes the edit trigger back when the budget allows (else the refusal
// names the plans holding the user's triggers); the weekly email stays off until its owner turns
// it on again, since that sends mail from their account.
import {
  archivedMeta,
  requireArchiveOutcome,
  reopenedMeta,
  type DealMeta,
} from '../../core/portfolio';
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
import { archiveNote, archiveNoteCell, isArchiveNote } from './archive-note';
import { metaWithCurrentTriggers, requireTriggerRoom, withTriggerLimit } from './deal-triggers';
import { getPortfolio, planIn } from './get-portfolio';
import { publishPlan } from './publish';
import { publishesAsOwner } from './registry-changes';
import { openUserRegistry } from './registry-store';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function archiveDeal(options: ArchiveDealOptions): PortfolioJson {
  const outcome = requireArchiveOutcome((options as { outcome?: unknown } | null)?.outcome);
  const ss = activeSpreadsheet();
  requireOwnedPlan(ss);
  stopMyWeeklyEmail();
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
    );
    publishPlan({ ss, reading, now, meta: archived });
  });
  return getPortfolio();
}

export function reopenDeal(): PortfolioJson {
  const ss = activeSpreadsheet();
  withDocumentLock(() => {
    const now = new Date();
    const { reading, meta } = requireOwnedPlan(ss);
    const access = openUserRegistry();
    const hasEditTrigger = myPlanTriggers(ss).some((t) => t.kind === 'edit');
    requireTriggerRoom(access, hasEditTrigger ? 0 : 1);
    withTriggerLimit(access, () => ensureEditTrigger(ss));
    writeNote(reading, null);
    const current = metaWithCurrentTriggers({
      ss,
      customer: reading.header.customer || meta?.customer || '',
      timeZone: reading.timeZone,
      entry: null,
    });
    publishPlan({ ss, reading, now, meta: reopenedMeta(current, current.triggers) });
  });
  return getPortfolio();
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

/** Turns the weekly email off through its own path when this user runs it. */
function stopMyWeeklyEmail(): void {
  const run = openDigestRun();
  const { schedule } = run.doc;
  if (!schedule.enabled || !runsSchedule(run)) return;
  configureWeeklyDigest({ enabled: false, weekday: schedule.weekday, hour: schedule.hour });
}

/** The archive line above the step table: written, or (null) cleared; never over user text. */
function writeNote(reading: PlanReading, note: string | null): void {
  const { sheet, values, table } = reading.plan;
  const cell = archiveNoteCell(values, table.headerRow);
  if (cell === null) return;
  const current = values[cell.row - 1]?.[cell.column - 1];
  if (note === null && !isArchiveNote(current)) return;
  const range = sheet.getRange(cell.row, cell.column);
  if (note === null) range.clearContent();
  else range.setValue(note).setFontWeight('bold');
}
