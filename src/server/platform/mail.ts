// The one place the weekly email meets MailApp. A send that throws is returned as its message,
// because the caller records it in the ledger rather than abandoning the run.
import type { DigestEmailJson } from '../../shared/api';

export function sendDigestEmail(message: DigestEmailJson): string | null {
  try {
    MailApp.sendEmail({
      to: message.to,
      subject: message.subject,
      body: message.body,
      // Owner notes are plain text only; an empty HTML part would show as a blank email.
      ...(message.htmlBody !== '' ? { htmlBody: message.htmlBody } : {}),
      replyTo: message.replyTo,
      name: message.name,
    });
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
