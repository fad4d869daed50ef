// Recording one send. The order is what makes a crash safe: markPending is stored BEFORE the
// send call and markSent AFTER it, each as its own property write. A run that dies between the
// two leaves `pending`, which the next run reads as "maybe sent" (see plan-delivery.ts).
import { cleanValue } from '../digest/clean-text';
import { addressKey } from '../recipients/email-address';
import { compactTime, MAX_ERROR_LENGTH, type DeliveryLedger } from './ledger';

export function markPending(ledger: DeliveryLedger, email: string, now: string): DeliveryLedger {
  const key = addressKey(email);
  if (ledger.pending) {
    throw new Error(`Another send is pending (${ledger.pending.email}); record it first.`);
  }
  if (Object.prototype.hasOwnProperty.call(ledger.sent, key))
    throw new Error(`${key} was already sent this period.`);
  return { ...ledger, pending: { email: key, since: compactTime(now) } };
}

export function markSent(ledger: DeliveryLedger, email: string, now: string): DeliveryLedger {
  const key = requirePending(ledger, email);
  const { pending: _pending, failures: _failures, ...rest } = ledger;
  const failures = withoutKey(ledger.failures, key);
  return {
    ...rest,
    sent: { ...ledger.sent, [key]: compactTime(now) },
    ...(failures ? { failures } : {}),
  };
}

/** The send threw: the mail service did not take the message, so the address stays due for a retry. */
export function markFailed(
  ledger: DeliveryLedger,
  email: string,
  error: unknown,
  now: string,
): DeliveryLedger {
  const key = requirePending(ledger, email);
  const { pending: _pending, failures: _failures, ...rest } = ledger;
  const message = cleanValue(error instanceof Error ? error.message : String(error), 200);
  return {
    ...rest,
    failures: { ...(ledger.failures ?? {}), [key]: (ledger.failures?.[key] ?? 0) + 1 },
    lastError: `${compactTime(now)} ${key}: ${message}`.slice(0, MAX_ERROR_LENGTH),
  };
}

function requirePending(ledger: DeliveryLedger, email: string): string {
  const key = addressKey(email);
  if (ledger.pending?.email !== key) throw new Error(`${key} is not the pending send.`);
  return key;
}

function withoutKey(
  map: Record<string, number> | undefined,
  key: string,
): Record<string, number> | undefined {
  if (!map || !Object.prototype.hasOwnProperty.call(map, key)) return map;
  const { [key]: _removed, ...rest } = map;
  return Object.keys(rest).length > 0 ? rest : undefined;
}
