// When the plan is gone (tab deleted, table emptied) the schedule has nothing to report: it
// removes its own trigger, turns itself off and tells the owner once. A plan that is there but
// cannot be read only pauses: the next tick after someone fixes the table sends as usual.
import { sendDigestEmail } from './mail';
import { cleanValue } from '../../core/digest/clean-text';
import { MAX_UNREADABLE_CHARS, noticeWrites, readNotices, sameNotices } from './notices';
import { fileTitle, type DigestRun } from './run-context';
import { scheduleWrites } from './schedule-config';
import { removeTickTriggers } from './tick-trigger';

export function retireForGonePlan(run: DigestRun): void {
  removeTickTriggers(run.ss);
  const notices = readNotices(run.stored);
  const owner = run.schedule.owner ?? run.me;
  const writes = scheduleWrites({ ...run.schedule, enabled: false, owner: null, since: null });
  if (notices.planGoneAt === null) {
    sendDigestEmail({
      to: owner,
      replyTo: owner,
      name: 'Mutual Action Plan',
      subject: `Weekly plan email turned off: no plan in "${fileTitle(run)}"`,
      body:
        `The weekly email of the spreadsheet "${fileTitle(run)}" could not find its plan (the ` +
        'plan tab was deleted or emptied), so it removed its schedule and sent nothing.\n\n' +
        `To send it again, restore or create the plan, then turn the weekly email on in the sidebar.\n\n${run.ss.getUrl()}\n`,
      htmlBody: '',
    });
    Object.assign(writes, noticeWrites({ ...notices, planGoneAt: run.now.toISOString() }));
  }
  run.docProps.setProperties(writes);
}

/** Records (or clears) the "plan unreadable" pause; writes only when it changed. */
export function notePlanUnreadable(run: DigestRun, message: string | null): void {
  const notices = readNotices(run.stored);
  // Cut as it is stored, so an unchanged long message is not rewritten every hour.
  const planUnreadable = message === null ? null : cleanValue(message, MAX_UNREADABLE_CHARS);
  const next = { ...notices, planUnreadable };
  if (!sameNotices(notices, next)) run.docProps.setProperties(noticeWrites(next));
}
