import { dateKeyOfInstant, formatDateKey } from '../dates';
import { plural } from '../text';
import type { RecipientJson, SendNowJson } from '../../shared/api';
import { type DeliveryPlan, planDelivery } from './delivery';
import type { DeliveryLedger } from './ledger';
import { addressesToMail } from './recipients';

// Who the weekly email really reaches at this moment: the same decision a run takes
// (planDelivery: approval, once per period, every cap, then the quota), turned into what the
// sidebar shows (each recipient's state, the confirmation's numbers) and into the words the
// owner reads when it reaches nobody. Nobody is ever shown as "will receive" who a run skips.

/** Why the email reaches nobody, from the ticked rows' states; ends a sentence. */
export function nobodyReason(recipients: readonly RecipientJson[]): string {
  if (recipients.length === 0) {
    return 'nobody on the Stakeholders tab has "Weekly email" ticked: tick it for the people who should get the update';
  }
  const invalid = recipients.filter((r) => r.state === 'invalid');
  const waiting = recipients.filter((r) => r.state === 'waiting for approval');
  if (invalid.length === recipients.length) {
    const first = invalid[0];
    return (
      `none of the ${plural(invalid.length, 'ticked address', 'ticked addresses')} on the ` +
      `Stakeholders tab reads as an email address (row ${first.row}: ${first.reason ?? 'invalid'}). ` +
      'Check that the Email column holds the addresses under its heading'
    );
  }
  if (waiting.length > 0 && waiting.length + invalid.length === recipients.length) {
    return `none of the ticked addresses is approved yet: approve them in the sidebar (${plural(waiting.length, 'address', 'addresses')} waiting)`;
  }
  return 'no ticked address can be mailed';
}

export interface ReachInput {
  /** Every ticked stakeholder as the owner's approvals resolve them. */
  recipients: readonly RecipientJson[];
  /** The ledger of the period a send now would deliver. */
  ledger: DeliveryLedger;
  remainingQuota: number;
  /** ISO time now. */
  now: string;
  timeZone: string;
}

export interface Reach {
  /** The recipients with the states a run would really give them. */
  recipients: RecipientJson[];
  sendNow: SendNowJson;
  /** Why some or all cannot be mailed for a limit or for want of anyone: for the banner. */
  problem: string | null;
}

export function reachNow(input: ReachInput): Reach {
  const decision = planDelivery({
    ledger: input.ledger,
    recipients: addressesToMail(input.recipients),
    remainingQuota: input.remainingQuota,
    now: input.now,
  });
  const held = heldBack(decision);
  const recipients = input.recipients.map((r) =>
    r.state === 'will receive' && held !== null && held.who.has(r.email.toLowerCase())
      ? { ...r, state: 'will not receive' as const, reason: held.why }
      : r,
  );
  if (decision.limit) {
    return {
      recipients,
      sendNow: { recipients: [], reason: decision.limit.short },
      problem: decision.limit.message,
    };
  }
  if (decision.nobody) {
    const reason = nobodyReason(input.recipients);
    return {
      recipients,
      sendNow: { recipients: [], reason },
      problem: `Nobody can be sent the weekly email: ${reason}.`,
    };
  }
  if (decision.quotaShort) {
    const { remaining, needed } = decision.quotaShort;
    const reason = `your account can send ${plural(remaining, 'more email')} today and this needs ${needed} (it is retried every hour)`;
    return { recipients, sendNow: { recipients: [], reason }, problem: null };
  }
  if (decision.toSend.length === 0) {
    return {
      recipients,
      sendNow: { recipients: [], reason: doneReason(input, decision) },
      problem: null,
    };
  }
  return { recipients, sendNow: { recipients: decision.toSend, reason: null }, problem: null };
}

/** Who the run would skip for a limit, and why (short, for the recipient's state). */
function heldBack(decision: DeliveryPlan): { who: Set<string>; why: string } | null {
  // Everyone still owed this period is stopped; who already got it keeps their state.
  const who = new Set(decision.candidates);
  if (decision.limit) return { who, why: decision.limit.short };
  if (decision.quotaShort) {
    const { remaining, needed } = decision.quotaShort;
    return {
      who,
      why: `over the daily mail quota: ${remaining} left today, ${needed} needed; retried every hour`,
    };
  }
  return null;
}

function doneReason(input: ReachInput, decision: DeliveryPlan): string {
  const times = Object.values(input.ledger.sent);
  if (decision.alreadySent.length > 0 && times.length > 0) {
    const last = times.reduce((a, b) => (a > b ? a : b));
    const day = formatDateKey(dateKeyOfInstant(new Date(last), input.timeZone), { weekday: true });
    return `this week’s email already went out on ${day}`;
  }
  return 'everyone this week’s email is for was sent it, or may have been by a run that stopped';
}

/** The confirmation "Send now" asks, in the sidebar and from the menu, in the same words. */
export function sendNowQuestion(sendNow: SendNowJson): string {
  if (sendNow.reason !== null || sendNow.recipients.length === 0) {
    return `Nobody would receive it now: ${sendNow.reason ?? 'nobody is approved'}.`;
  }
  return `Email ${plural(sendNow.recipients.length, 'recipient')} now from your account? Addresses waiting for approval are skipped.`;
}
