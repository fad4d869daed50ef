// What a delivery run will have written by its end if every send succeeds: the ledger with
// everyone recorded, the send log's new entry, the closing snapshot and the display copy. The
// run compares this with the room left in the document's properties BEFORE its first send, so
// a store that would fill up part-way stops the run while nobody has been mailed.
import { closeRun, type DeliveryPlan } from '../../core/delivery/plan-delivery';
import { markPending, markSent } from '../../core/delivery/record-send';
import { serializeLedger } from '../../core/delivery/ledger';
import type { DateKey, Step } from '../../core/model';
import { KEYS } from './property-keys';
import { sendLogWrite } from './send-log-store';
import { hasClosed, snapshotWritesOnComplete, type SnapshotRecord } from './snapshot-store';

export interface ProjectionInput {
  stored: Readonly<Record<string, string>>;
  decision: DeliveryPlan;
  /** Everyone approved this period (the ledger closes when all are accounted for). */
  toMail: readonly string[];
  period: DateKey;
  trigger: 'schedule' | 'manual';
  now: string;
  snapshots: SnapshotRecord | null;
  steps: readonly Step[];
  today: DateKey;
  view: Record<string, string> | null;
}

export function projectedWrites(input: ProjectionInput): Record<string, string> {
  let ledger = input.decision.ledger;
  for (const email of input.decision.toSend) {
    ledger = markSent(markPending(ledger, email, input.now), email, input.now);
  }
  ledger = closeRun(ledger, input.toMail, input.now);
  const writes: Record<string, string> = {
    [KEYS.ledger]: serializeLedger(ledger),
    ...sendLogWrite(input.stored, {
      at: input.now,
      period: input.period,
      trigger: input.trigger,
      sent: input.decision.toSend,
      failed: [],
      skipped: '',
    }),
    ...(input.view ?? {}),
  };
  if (!hasClosed(input.snapshots, input.period)) {
    Object.assign(
      writes,
      snapshotWritesOnComplete(input.snapshots, input.period, input.steps, input.today),
    );
  }
  return writes;
}
