// Who still needs this period's email, and whether this run may send it.
//
// Callers hold the document lock from planDelivery until the run ends, so at most one run per
// spreadsheet is sending. Under that lock a `pending` entry found in the ledger can only be
// left by an execution that died between "about to send" and "sent" (timeout, crash). Whether
// the mail service delivered that one email is unknowable, so it is treated as SENT-MAYBE: it is not
// sent again and the owner is told. That makes delivery at-most-once for the one address in
// flight, and exactly-once for everyone else: a duplicate weekly email to a prospect's
// executive is worse than one missing email the owner knows about and can forward.
//
// Quota is all-or-nothing: when what is left today cannot cover everyone still to be sent,
// nobody is sent this run (a half-sent week is harder to explain than a late one); the owner is
// told once per period and the next hourly tick tries again. The caps come first and are
// all-or-nothing too (the plan's maximum number of recipients, the room the ledger has to record
// sends): a list one of them would cut is refused whole, in words, before anyone is mailed, so
// pasted junk at an approved domain can never push a real stakeholder out unnoticed, and the
// quota is always judged against everyone the run would really send.
import { compactTime, type DeliveryLedger, ledgerCapacity, markPending, markSent } from './ledger';
import { addressKey } from './recipients';
import { plural } from '../text';

/**
 * The most addresses one plan's weekly email goes to. Fifty is what a buying committee and the
 * seller's team come to with room to spare, what the records are sized for (the ledger's 8 KB
 * holds 50 sends of ordinary addresses with room left, the collaborators' display copy 50 of 60
 * characters) and what Google's mail service takes in one message; a consumer account's 100 a day still
 * leaves room for the owner's own mail.
 */
export const MAX_RECIPIENTS_PER_PLAN = 50;

/** A cap that stops this period's email for everyone, in the owner's words. */
export interface DeliveryLimit {
  kind: 'plan maximum' | 'records';
  /** The whole sentence: what happened and what to do. */
  message: string;
  /** Why a recipient is not mailed, short, for the recipient's state. */
  short: string;
}

export function tooManyRecipientsMessage(count: number): string {
  return (
    `The Stakeholders tab ticks ${count} approved people for the weekly email; the most one plan ` +
    `can mail is ${MAX_RECIPIENTS_PER_PLAN}. Untick some (or withdraw approvals) so at most ` +
    `${MAX_RECIPIENTS_PER_PLAN} remain: until then nobody is sent the weekly email.`
  );
}

function recordsFullMessage(fits: number, count: number): string {
  return (
    `The ${plural(count, 'address', 'addresses')} still to be mailed this week are too long to ` +
    `record together (room for ${fits}). Untick the longest or unknown addresses on the ` +
    'Stakeholders tab: until then nobody else is sent the weekly email.'
  );
}

/** After this many failed sends to one address in a period, it is reported, not retried. */
export const MAX_FAILURES_PER_RECIPIENT = 3;

export interface DeliveryPlanInput {
  /** The ledger opened for the current period (openLedger). */
  ledger: DeliveryLedger;
  /** The approved addresses ('will receive'), any case, duplicates allowed. */
  recipients: readonly string[];
  /** The sending account's remaining daily mail quota at the start of the run. */
  remainingQuota: number;
  /** ISO time of the run. */
  now: string;
}

export interface DeliveryPlan {
  /** Store this BEFORE sending anything. */
  ledger: DeliveryLedger;
  /** Lower-case addresses to send now, in order; empty when the quota is short. */
  toSend: string[];
  /** Everyone still owed this period (before the caps and the quota), in order. */
  candidates: string[];
  alreadySent: string[];
  /** Every address of this period that may or may not have been sent. */
  uncertain: string[];
  /** The subset of `uncertain` discovered by this run: the owner should be told about these. */
  newlyUncertain: string[];
  /** Failed MAX_FAILURES_PER_RECIPIENT times this period: no more attempts. */
  givenUp: string[];
  /** A cap (plan maximum, ledger room) stopped everyone still to be sent; null when none. */
  limit: DeliveryLimit | null;
  /** Nobody at all is approved to receive it: the period stays owed until someone is. */
  nobody: boolean;
  quotaShort: { needed: number; remaining: number } | null;
  /** Send the owner the quota note now: first shortfall of the period and quota for one note. */
  notifyOwnerOfQuota: boolean;
  /** Nothing is left to do for this period. */
  complete: boolean;
}

export function planDelivery(input: DeliveryPlanInput): DeliveryPlan {
  const now = compactTime(input.now);
  let ledger: DeliveryLedger = { ...input.ledger };
  const newlyUncertain: string[] = [];
  if (ledger.pending) {
    const email = addressKey(ledger.pending.email);
    if (!hasOwn(ledger.sent, email) && !(ledger.uncertain ?? []).includes(email)) {
      newlyUncertain.push(email);
      ledger.uncertain = [...(ledger.uncertain ?? []), email];
    }
    delete ledger.pending;
  }

  const groups = classifyRecipients(ledger, input.recipients);
  const everyone = groups.alreadySent.length + groups.uncertain.length;
  const count = everyone + groups.givenUp.length + groups.candidates.length;
  const base = {
    alreadySent: groups.alreadySent,
    uncertain: groups.uncertain,
    newlyUncertain,
    givenUp: groups.givenUp,
    candidates: groups.candidates,
    nobody: count === 0,
  };
  const limit = limitOf(ledger, groups.candidates, count, now);
  if (limit !== null || count === 0) {
    delete ledger.quotaShort;
    const idle = { toSend: [], quotaShort: null, notifyOwnerOfQuota: false, complete: false };
    return { ...base, ledger, limit, ...idle };
  }
  const toSend = groups.candidates;

  if (toSend.length === 0) {
    delete ledger.quotaShort;
    if (ledger.completedAt === undefined) ledger.completedAt = now;
    const done = { quotaShort: null, notifyOwnerOfQuota: false, complete: true };
    return { ...base, ledger, toSend, limit: null, ...done };
  }

  ledger = { ...ledger, attempts: ledger.attempts + 1 };
  delete ledger.completedAt;
  const remaining = Math.max(0, Math.floor(input.remainingQuota));
  if (remaining < toSend.length) {
    const quotaShort = { needed: toSend.length, remaining };
    ledger.quotaShort = { ...quotaShort, at: now };
    // The note to the owner costs one recipient of quota itself.
    const notifyOwnerOfQuota = ledger.notifiedQuotaAt === undefined && remaining >= 1;
    if (notifyOwnerOfQuota) ledger.notifiedQuotaAt = now;
    return {
      ...base,
      ledger,
      toSend: [],
      limit: null,
      quotaShort,
      notifyOwnerOfQuota,
      complete: false,
    };
  }
  delete ledger.quotaShort;
  const sending = { quotaShort: null, notifyOwnerOfQuota: false, complete: false };
  return { ...base, ledger, toSend, limit: null, ...sending };
}

/** The first cap the period's list breaks, or null when everyone still owed can be sent. */
function limitOf(
  ledger: DeliveryLedger,
  candidates: readonly string[],
  count: number,
  now: string,
): DeliveryLimit | null {
  if (count > MAX_RECIPIENTS_PER_PLAN) {
    return {
      kind: 'plan maximum',
      message: tooManyRecipientsMessage(count),
      short: `over the plan's maximum: ${count} approved people are ticked and one plan mails at most ${MAX_RECIPIENTS_PER_PLAN}`,
    };
  }
  const fits = ledgerCapacity(ledger, candidates, now);
  if (fits >= candidates.length) return null;
  return {
    kind: 'records',
    message: recordsFullMessage(fits, candidates.length),
    short: 'the addresses ticked are too long to record this week’s sends',
  };
}

/**
 * After a run's sends: marks the period completed when every recipient is accounted for (sent,
 * uncertain or given up), so later ticks of the period need not rebuild the digest.
 */
export function closeRun(
  ledger: DeliveryLedger,
  recipients: readonly string[],
  now: string,
): DeliveryLedger {
  if (ledger.pending || classifyRecipients(ledger, recipients).candidates.length > 0) return ledger;
  return ledger.completedAt ? ledger : { ...ledger, completedAt: compactTime(now) };
}

/**
 * The ledger as it will stand at the end of the run if every send succeeds: what a run checks
 * for room before its first send, since a send it could not record might be repeated.
 */
export function ledgerIfAllSent(
  decision: Pick<DeliveryPlan, 'ledger' | 'toSend'>,
  recipients: readonly string[],
  now: string,
): DeliveryLedger {
  let ledger = decision.ledger;
  for (const email of decision.toSend)
    ledger = markSent(markPending(ledger, email, now), email, now);
  return closeRun(ledger, recipients, now);
}

function classifyRecipients(ledger: DeliveryLedger, recipients: readonly string[]) {
  const alreadySent: string[] = [];
  const uncertain: string[] = [];
  const givenUp: string[] = [];
  const candidates: string[] = [];
  const uncertainSet = new Set(ledger.uncertain ?? []);
  for (const email of new Set(recipients.map(addressKey))) {
    if (email === '') continue;
    if (hasOwn(ledger.sent, email)) alreadySent.push(email);
    else if (uncertainSet.has(email)) uncertain.push(email);
    else if ((ledger.failures?.[email] ?? 0) >= MAX_FAILURES_PER_RECIPIENT) givenUp.push(email);
    else candidates.push(email);
  }
  return { alreadySent, uncertain, givenUp, candidates };
}

function hasOwn(map: Record<string, string>, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(map, key);
}
