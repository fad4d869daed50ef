// Who the weekly email goes to, and why not for the rest: every ticked Stakeholders row becomes
// one entry (later duplicates are dropped), in sheet order, with the state the sidebar shows.
import type { Stakeholder } from '../model';
import type { RecipientJson } from '../../shared/api';
import { approvalReason, isApproved, type Approvals } from './approval';
import { addressKey, checkEmailAddress } from './email-address';

export function resolveRecipients(
  stakeholders: readonly Stakeholder[],
  approvals: Approvals,
  ownerEmail: string,
): RecipientJson[] {
  const seen = new Set<string>();
  const out: RecipientJson[] = [];
  for (const s of stakeholders) {
    if (!s.weeklyEmail) continue;
    const check = checkEmailAddress(s.email);
    if (!check.ok) {
      out.push({
        row: s.row,
        name: s.name,
        email: s.email,
        state: 'invalid',
        reason: check.reason,
      });
      continue;
    }
    const key = addressKey(check.email);
    if (seen.has(key)) continue;
    seen.add(key);
    const approved = isApproved(check.email, approvals, ownerEmail);
    out.push({
      row: s.row,
      name: s.name,
      email: check.email,
      state: approved ? 'will receive' : 'waiting for approval',
      ...(approved ? {} : { reason: approvalReason(check.email) }),
    });
  }
  return out;
}

/** The addresses that will actually be mailed, lower-cased, in sheet order. */
export function addressesToMail(recipients: readonly RecipientJson[]): string[] {
  return recipients.filter((r) => r.state === 'will receive').map((r) => addressKey(r.email));
}
