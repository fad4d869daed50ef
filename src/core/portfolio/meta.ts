// A deal's bookkeeping: which installable triggers its plan holds (they count against the
// user's 20 across every file), whether the seller archived it, and enough about the plan to
// name it when its summary is missing. Written whole by whoever changes the triggers or the
// archive state; an archived deal has released its triggers, so it never holds any.
import { cleanValue } from '../text';
import {
  failure,
  openEnvelope,
  readText,
  requireInstant,
  readInstant,
  type Decoded,
  type StoredRecord,
} from './decode';
import { registryKey } from './keys';
import { NAME_MAX, storedUrl, storedZone } from './summary';
import type { RegistryWrite } from './summary-codec';

export const META_VERSION = 1;

export const ARCHIVE_OUTCOMES = ['won', 'lost', 'closed'] as const;
export type ArchiveOutcome = (typeof ARCHIVE_OUTCOMES)[number];

export interface ArchiveState {
  outcome: ArchiveOutcome;
  /** When the deal was archived (ISO, to the second). */
  at: string;
  /** Set when archiving turned off the owner's weekly email: reopening turns it back on. */
  weeklyEmail?: true;
}

export const TRIGGER_KINDS = ['edit', 'clock'] as const;
export type TriggerKind = (typeof TRIGGER_KINDS)[number];

export interface DealTrigger {
  kind: TriggerKind;
  /** Trigger.getUniqueId(); a clock trigger's event carries it as triggerUid. */
  id: string;
}

/** A plan holds one edit trigger and, while its weekly email is on, one clock trigger. */
export const MAX_TRIGGERS_PER_DEAL = 4;

export interface DealMeta {
  customer: string;
  url: string;
  timeZone: string;
  triggers: DealTrigger[];
  archived: ArchiveState | null;
}

export interface DealMetaInput {
  customer: string;
  url: string;
  timeZone: string;
  triggers?: readonly DealTrigger[];
  archived?: { outcome: unknown; at: string | number; weeklyEmail?: boolean } | null;
}

const TRIGGER_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** A deal's meta from what its writer knows, checked; throws a RangeError that says why. */
export function dealMeta(input: DealMetaInput): DealMeta {
  const triggers = (input.triggers ?? []).map(requireTrigger);
  if (triggers.length > MAX_TRIGGERS_PER_DEAL) {
    throw new RangeError(
      `A plan holds at most ${MAX_TRIGGERS_PER_DEAL} triggers; ${triggers.length} were given.`,
    );
  }
  const archived =
    input.archived == null
      ? null
      : {
          outcome: requireArchiveOutcome(input.archived.outcome),
          at: requireInstant(input.archived.at, 'The archive time'),
          ...(input.archived.weeklyEmail === true ? { weeklyEmail: true as const } : {}),
        };
  if (archived !== null && triggers.length > 0) {
    throw new RangeError('An archived deal holds no triggers: remove them before archiving it.');
  }
  return {
    customer: cleanValue(input.customer, NAME_MAX),
    url: storedUrl(input.url),
    timeZone: storedZone(input.timeZone),
    triggers,
    archived,
  };
}

/** The outcome archiveDeal was given, or a RangeError naming the ones it takes. */
export function requireArchiveOutcome(value: unknown): ArchiveOutcome {
  if (typeof value === 'string') {
    const outcome = value.trim().toLowerCase();
    if ((ARCHIVE_OUTCOMES as readonly string[]).includes(outcome)) return outcome as ArchiveOutcome;
  }
  throw new RangeError(
    `Outcome ${JSON.stringify(value)} is not one of ${ARCHIVE_OUTCOMES.join(', ')}.`,
  );
}

/**
 * The meta once the deal is archived: its triggers are released (delete them first).
 * `weeklyEmail`: archiving turned the owner's weekly email off, so reopening turns it on again.
 */
export function archivedMeta(
  meta: DealMeta,
  outcome: unknown,
  at: string | number,
  weeklyEmail = false,
): DealMeta {
  return dealMeta({ ...meta, triggers: [], archived: { outcome, at, weeklyEmail } });
}

/** The meta once the deal is reopened with the triggers its plan now holds again. */
export function reopenedMeta(meta: DealMeta, triggers: readonly DealTrigger[]): DealMeta {
  return dealMeta({ ...meta, triggers, archived: null });
}

export function encodeMeta(spreadsheetId: string, meta: DealMeta): RegistryWrite {
  const checked = dealMeta(meta);
  return {
    key: registryKey(spreadsheetId, 'meta'),
    value: JSON.stringify({
      v: META_VERSION,
      customer: checked.customer,
      url: checked.url,
      tz: checked.timeZone,
      triggers: checked.triggers.map((t) => [t.kind, t.id]),
      archived:
        checked.archived &&
        (checked.archived.weeklyEmail
          ? [checked.archived.outcome, checked.archived.at, 1]
          : [checked.archived.outcome, checked.archived.at]),
    }),
  };
}

/** The meta stored for a deal, or why it cannot be used. Never throws. */
export function decodeMeta(text: string): Decoded<DealMeta> {
  const envelope = openEnvelope(text, META_VERSION);
  if (!envelope.ok) return envelope;
  const r: StoredRecord = envelope.value;
  if (!Array.isArray(r.triggers) || r.triggers.length > MAX_TRIGGERS_PER_DEAL) {
    return failure('is not readable (its trigger list is malformed)');
  }
  const triggers: DealTrigger[] = [];
  for (const raw of r.triggers) {
    const trigger = readTrigger(raw);
    if (trigger === null) return failure('is not readable (a trigger in it is malformed)');
    triggers.push(trigger);
  }
  let archived: ArchiveState | null = null;
  if (r.archived != null) {
    archived = readArchive(r.archived);
    if (archived === null) return failure('is not readable (its archive state is malformed)');
  }
  if (archived !== null && triggers.length > 0) {
    return failure('is not readable (archived, yet holding triggers)');
  }
  return {
    ok: true,
    value: {
      customer: readText(r.customer, NAME_MAX) ?? '',
      url: storedUrl(r.url),
      timeZone: storedZone(r.tz),
      triggers,
      archived,
    },
  };
}

function requireTrigger(trigger: DealTrigger): DealTrigger {
  const read = readTrigger([trigger.kind, trigger.id]);
  if (read === null) {
    throw new RangeError(
      `Trigger ${JSON.stringify(trigger)} is not an edit or clock trigger with a unique id.`,
    );
  }
  return read;
}

function readTrigger(raw: unknown): DealTrigger | null {
  if (!Array.isArray(raw) || raw.length !== 2) return null;
  const [kind, id] = raw as unknown[];
  if (!(TRIGGER_KINDS as readonly unknown[]).includes(kind)) return null;
  if (typeof id !== 'string' || !TRIGGER_ID.test(id)) return null;
  return { kind: kind as TriggerKind, id };
}

/** [outcome, at] or, when archiving turned the weekly email off, [outcome, at, 1]. */
function readArchive(raw: unknown): ArchiveState | null {
  if (!Array.isArray(raw) || raw.length < 2 || raw.length > 3) return null;
  const at = readInstant(raw[1]);
  if (at === null || !(ARCHIVE_OUTCOMES as readonly unknown[]).includes(raw[0])) return null;
  if (raw.length === 3 && raw[2] !== 1) return null;
  const state: ArchiveState = { outcome: raw[0] as ArchiveOutcome, at };
  if (raw.length === 3) state.weeklyEmail = true;
  return state;
}
