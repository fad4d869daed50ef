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
// told once per period and the next hourly tick tries again.
import { compactTime, type DeliveryLedger, ledgerCapacity, markPending, markSent } from './ledger';
import { addressKey } from './recipients';

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
  alreadySent: string[];
  /** Every address of this period that may or may not have been sent. */
  uncertain: string[];
  /** The subset of `uncertain` discovered by this run: the owner should be told about these. */
  newlyUncertain: string[];
  /** Failed MAX_FAILURES_PER_RECIPIENT times this period: no more attempts. */
  givenUp: string[];
  /** Would not fit in the ledger's size limit: not sent, to be reported. */
  overCapacity: string[];
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
  const fits = ledgerCapacity(ledger, groups.candidates, now);
  const toSend = groups.candidates.slice(0, fits);
  const overCapacity = groups.candidates.slice(fits);
  const base = {
    alreadySent: groups.alreadySent,
    uncertain: groups.uncertain,
    newlyUncertain,
    givenUp: groups.givenUp,
    overCapacity,
  };

  if (toSend.length === 0) {
    delete ledger.quotaShort;
    if (ledger.completedAt === undefined) ledger.completedAt = now;
    return { ...base, ledger, toSend, quotaShort: null, notifyOwnerOfQuota: false, complete: true };
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
    return { ...base, ledger, toSend: [], quotaShort, notifyOwnerOfQuota, complete: false };
  }
  delete ledger.quotaShort;
  return { ...base, ledger, toSend, quotaShort: null, notifyOwnerOfQuota: false, complete: false };
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
