// Collaborators cannot read the owner's approvals (user properties), yet their sidebar should
// say truthfully who gets the email. So whenever the owner's code resolves the recipients it
// leaves, in document properties, which of the sheet's CURRENT addresses are approved: a display
// copy only. Nothing that sends ever reads it, so editing it cannot make anyone receive mail.
import type { Approvals } from '../../core/recipients/approval';
import { resolveRecipients } from '../../core/recipients/resolve-recipients';
import type { Stakeholder } from '../../core/model';
import type { RecipientJson } from '../../shared/api';
import { KEYS } from './property-keys';

const MAX_VIEW_CHARS = 8000;

export function approvedViewOf(recipients: readonly RecipientJson[]): string {
  const approved: string[] = [];
  let size = 2;
  for (const r of recipients) {
    if (r.state !== 'will receive') continue;
    const email = r.email.toLowerCase();
    size += JSON.stringify(email).length + 1;
    if (size > MAX_VIEW_CHARS) break;
    approved.push(email);
  }
  return JSON.stringify(approved);
}

/** The write that refreshes the view, or null when it already says the same. */
export function approvedViewWrite(
  stored: Readonly<Record<string, string>>,
  recipients: readonly RecipientJson[],
): Record<string, string> | null {
  const view = approvedViewOf(recipients);
  return stored[KEYS.approvedView] === view ? null : { [KEYS.approvedView]: view };
}

/** The recipients as a collaborator sees them, from the owner's last display copy. */
export function recipientsForViewer(
  stakeholders: readonly Stakeholder[],
  stored: Readonly<Record<string, string>>,
  owner: string | null,
): RecipientJson[] {
  let emails: string[] = [];
  try {
    const raw: unknown = JSON.parse(stored[KEYS.approvedView] ?? '[]');
    if (Array.isArray(raw)) emails = raw.filter((e): e is string => typeof e === 'string');
  } catch {
    emails = [];
  }
  const view: Approvals = { emails, domains: [] };
  return resolveRecipients(stakeholders, view, owner ?? '').map((r) =>
    r.state === 'waiting for approval'
      ? {
          ...r,
          reason: owner ? `waiting for ${owner} to approve it` : 'nobody runs the schedule yet',
        }
      : r,
  );
}
