// configureWeeklyDigest: turns the schedule on or off, under the document lock, idempotently.
// One owner per spreadsheet: another collaborator gets an error naming the owner unless they
// take the schedule over explicitly (then the old owner's trigger retires itself on its next
// tick, because it no longer finds its user as the owner).
import type { DigestStateJson } from '../../shared/api';
import { NO_PLAN } from '../plan/messages';
import { normalizeApprovals, readMyApprovals, writeMyApprovals } from './approvals-store';
import { digestState } from './digest-state';
import { withScheduleLock } from './document-lock';
import { localHourOf } from './local-hour';
import { noticeWrites, readNotices } from './notices';
import { readDigestPlan } from './plan-input';
import { isScheduleOwner, openDigestRun, refreshed } from './run-context';
import { scheduleWrites, validateSettings, type ScheduleConfig } from './schedule-config';
import { clearStoreFailure } from './store-failure';
import { ensureTickTrigger, removeTickTriggers } from './tick-trigger';

export function ownedByOtherMessage(owner: string): string {
  return (
    `The weekly email is run by ${owner}: it is sent from their account, so only they can ` +
    'change it. To run it from your account instead, take it over.'
  );
}

export function configureDigest(input: unknown): DigestStateJson {
  const settings = validateSettings(input);
  const opened = openDigestRun();
  if (opened.me === '')
    throw new Error('Could not tell which Google account is running the add-on.');
  return withScheduleLock(() => {
    let run = refreshed(opened);
    const previous = run.schedule;
    const othersSchedule = previous.owner !== null && !isScheduleOwner(run);
    if (othersSchedule && !settings.takeOver)
      throw new Error(ownedByOtherMessage(previous.owner as string));

    const lookup = readDigestPlan(run.ss, run.docProps, run.timeZone, run.now);
    if (settings.enabled && lookup.kind === 'gone') throw new Error(NO_PLAN);

    if (settings.approvedEmails !== undefined || settings.approvedDomains !== undefined) {
      const mine = readMyApprovals(run.spreadsheetId, run.userProps());
      writeMyApprovals(
        run.spreadsheetId,
        normalizeApprovals({
          emails: settings.approvedEmails ?? mine.emails,
          domains: settings.approvedDomains ?? mine.domains,
        }),
        run.userProps(),
      );
    }

    let next: ScheduleConfig;
    if (settings.enabled) {
      ensureTickTrigger(run.ss);
      const sameTiming =
        previous.enabled &&
        previous.weekday === settings.weekday &&
        previous.hour === settings.hour;
      next = {
        enabled: true,
        weekday: settings.weekday,
        hour: settings.hour,
        owner: run.me,
        // Re-saving (or taking over) an unchanged schedule keeps what is owed; a new day or hour
        // owes nothing for slots already gone.
        since: sameTiming ? previous.since : localHourOf(run.now, run.timeZone),
      };
    } else {
      removeTickTriggers(run.ss);
      // Nothing is retried while the email is off, so a "could not save" notice has no subject.
      clearStoreFailure(run);
      next = {
        enabled: false,
        weekday: settings.weekday,
        hour: settings.hour,
        owner: null,
        since: null,
      };
    }
    const notices = readNotices(run.stored);
    run.docProps.setProperties({
      ...scheduleWrites(next),
      ...noticeWrites({ ...notices, planGoneAt: null, reauthNotifiedOn: null }),
    });
    run = refreshed(run);
    return digestState(run, lookup);
  });
}
