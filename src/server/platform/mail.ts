// The one place the add-on meets MailApp. A send that throws is returned as its message,
// because the weekly email records it in the ledger rather than abandoning the run.
import type { DigestEmailJson } from '../../shared/api';

export function sendEmail(message: DigestEmailJson): string | null {
  try {
    MailApp.sendEmail({
      to: message.to,
      subject: message.subject,
      body: message.body,
      // Notes to the owner are plain text only; an empty HTML part would show as a blank email.
      ...(message.htmlBody !== '' ? { htmlBody: message.htmlBody } : {}),
      replyTo: message.replyTo,
      name: message.name,
    });
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** How many more recipients the running account may mail today. */
export function remainingDailyQuota(): number {
  return MailApp.getRemainingDailyQuota();
}
