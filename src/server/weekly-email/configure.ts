import type { DigestStateJson } from '../../shared/api';
import { NO_PLAN } from '../plan/find-plan';
import { normalizeApprovals, readMyApprovals, writeMyApprovals } from './store/approvals';
import { digestState } from './state';
import { withScheduleLock } from '../platform/lock';
import { localHourOf, readDigestPlan, isScheduleOwner, openDigestRun, refreshed } from './run';
import { noticeWrites, readNotices, clearStoreFailure } from './notices';
import { scheduleWrites, validateSettings, type ScheduleConfig } from './store/document-store';
import { ensureTickTrigger, removeTickTriggers } from '../platform/triggers';
import { checkAddressToApprove } from '../../core/weekly-email';

// configureWeeklyDigest: turns the schedule on or off, under the document lock, idempotently.
// One owner per spreadsheet: another collaborator gets an error naming the owner unless they
// take the schedule over explicitly (then the old owner's trigger retires itself on its next
// tick, because it no longer finds its user as the owner).

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

// approveRecipients: the owner approves addresses, one by one; a domain given here is refused
// with the way to approve it (configureWeeklyDigest's approvedDomains). Approvals are the
// owner's user properties, so the check "only the owner" is also what the storage enforces:
// anyone else would only write their own, unused, approvals.

export function approveAddresses(input: unknown): DigestStateJson {
  if (!Array.isArray(input) || input.some((e) => typeof e !== 'string')) {
    throw new TypeError('Give the addresses to approve as a list of text values.');
  }
  const problems: string[] = [];
  const emails: string[] = [];
  for (const raw of input as string[]) {
    const check = checkAddressToApprove(raw);
    if (check.ok) emails.push(check.email);
    else problems.push(`'${raw.slice(0, 60)}': ${check.reason}`);
  }
  if (problems.length > 0) throw new RangeError(`Not approved, fix first: ${problems.join('; ')}`);

  const opened = openDigestRun();
  return withScheduleLock(() => {
    const run = refreshed(opened);
    // While nobody runs the schedule, approvals are kept for whoever turns it on: they are
    // that user's own, in their own user properties.
    if (run.schedule.owner !== null && !isScheduleOwner(run)) {
      throw new Error(ownedByOtherMessage(run.schedule.owner));
    }
    const mine = readMyApprovals(run.spreadsheetId, run.userProps());
    writeMyApprovals(
      run.spreadsheetId,
      normalizeApprovals({ emails: [...mine.emails, ...emails], domains: mine.domains }),
      run.userProps(),
    );
    const lookup = readDigestPlan(run.ss, run.docProps, run.timeZone, run.now);
    return digestState(run, lookup);
  });
}
