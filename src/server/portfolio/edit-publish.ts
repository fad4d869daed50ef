// The edit trigger's share of publishing. It runs for every edit anyone makes, and its calls are
// budgeted (a table edit in at most 10), so it publishes at most once an hour per plan: the
// plan record it already reads carries when it last did, and only an edit past that hour pays
// for the full read, the user's properties and the write. What it adds that no other run can
// see is the customer's activity: the last edit made by someone outside the owner's domain.
import { addressKey, isPublicMailDomain } from '../../core/weekly-email';
import { domainOf } from '../../core/weekly-email/recipients';
import { writePlanRecord, type PlanRecord } from '../plan/find-plan';
import { readPlan } from '../plan/read-plan';
import { effectiveUserEmail } from '../platform/session';
import { publishPlan } from './publish';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Properties = GoogleAppsScript.Properties.Properties;

export const EDIT_PUBLISH_EVERY_MS = 3_600_000;

/**
 * Whether an edit is the customer's. Google gives the editor's address only when it may (often
 * not for people outside the owner's domain), so an edit with no address counts as theirs. The
 * owner's own edits never count, and neither do colleagues' in the owner's company domain; on a
 * public mail domain (gmail.com) a shared domain says nothing, so anyone but the owner counts.
 * The add-on's own writes fire no edit trigger, so they never get here.
 */
export function isCustomerEditor(editor: string, owner: string): boolean {
  const who = addressKey(editor);
  if (who === '') return true;
  const me = addressKey(owner);
  if (who === me) return false;
  const domain = domainOf(me);
  return isPublicMailDomain(domain) || domainOf(who) !== domain;
}

/** Whether this edit is the one that publishes (none for an hour since the last). */
export function editPublishDue(record: PlanRecord, nowMs: number): boolean {
  const last = record.publishedAt;
  return typeof last !== 'number' || !(nowMs - last < EDIT_PUBLISH_EVERY_MS);
}

export function publishAfterEdit(
  ss: Spreadsheet,
  props: Properties,
  record: PlanRecord,
  editor: () => string,
): void {
  const now = new Date();
  if (!editPublishDue(record, now.getTime())) return;
  try {
    const me = addressKey(effectiveUserEmail());
    const reading = readPlan(ss, props, now);
    if (reading === null) return;
    const customerEdit = isCustomerEditor(editor(), me) ? now.toISOString() : undefined;
    publishPlan({ ss, reading, now, me, customerEdit });
    writePlanRecord(props, { ...reading.plan.record, publishedAt: now.getTime() });
  } catch (error) {
    console.warn(`onPlanEdit: not published: ${String(error)}`);
  }
}
