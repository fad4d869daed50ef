// An add-on whose scopes changed needs its user to authorize it again; until then its trigger
// cannot do its work. The owner is told at most once a day (by a note, if mail still works,
// and by the sidebar banner), and the notice clears itself once authorization is back.
import { todayIn } from '../platform/time-zone';
import { sendDigestEmail } from './mail';
import { noticeWrites, readNotices } from './notices';
import { fileTitle, type DigestRun } from './run-context';

export function authorizationRequired(): { required: boolean; url: string | null } {
  const info = ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL);
  const required =
    String(info.getAuthorizationStatus()) === String(ScriptApp.AuthorizationStatus.REQUIRED);
  return { required, url: required ? info.getAuthorizationUrl() : null };
}

/** Tells the owner if they were not told today (sheet's zone); returns whether a note went out. */
export function tellOwnerToReauthorize(run: DigestRun, url: string | null): boolean {
  const notices = readNotices(run.stored);
  const today = todayIn(run.timeZone, run.now);
  if (notices.reauthNotifiedOn === today) return false;
  const owner = run.schedule.owner ?? run.me;
  sendDigestEmail({
    to: owner,
    replyTo: owner,
    name: 'Mutual Action Plan',
    subject: `Weekly plan email paused: please re-authorize the add-on`,
    body:
      `The weekly email of "${fileTitle(run)}" needs you to authorize the Mutual Action Plan ` +
      "add-on again before it can send. Open the spreadsheet and the add-on's sidebar" +
      (url ? `, or follow this link: ${url}` : '.') +
      `\n\n${run.ss.getUrl()}\n`,
    htmlBody: '',
  });
  run.docProps.setProperties(noticeWrites({ ...notices, reauthNotifiedOn: today }));
  return true;
}

export function clearReauthNotice(run: DigestRun): void {
  const notices = readNotices(run.stored);
  if (notices.reauthNotifiedOn !== null) {
    run.docProps.setProperties(noticeWrites({ ...notices, reauthNotifiedOn: null }));
  }
}
