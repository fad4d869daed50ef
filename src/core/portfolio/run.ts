// The last background run of a deal's plan (the hourly weekly-email tick), written whole by the
// tick itself. A background run has nobody watching it: it may find no mail quota, a revoked
// authorization, or no document at all, and this record is how the seller hears about it.
import { cleanValue } from '../text';
import {
  failure,
  openEnvelope,
  readInstant,
  readText,
  requireInstant,
  type Decoded,
} from './decode';
import { registryKey } from './keys';
import type { RegistryWrite } from './summary-codec';

export const RUN_VERSION = 1;
/** Code points of the outcome kept: a sentence, never a stack trace. */
export const OUTCOME_MAX = 200;

export interface BackgroundRun {
  /** When the run ended (ISO, to the second). */
  at: string;
  ok: boolean;
  /** What happened, in words the seller understands ("sent to 4 people", "no mail quota left"). */
  outcome: string;
  /** Whether the run had its spreadsheet as context (Google does not promise it). */
  hadDocument: boolean;
  /** The clock trigger that started the run, from its event; null when unknown. */
  triggerUid: string | null;
}

export interface BackgroundRunInput {
  at: string | number;
  ok: boolean;
  outcome: string;
  hadDocument: boolean;
  triggerUid?: string | null;
}

export function backgroundRun(input: BackgroundRunInput): BackgroundRun {
  return {
    at: requireInstant(input.at, 'The run time'),
    ok: input.ok === true,
    outcome: cleanValue(input.outcome, OUTCOME_MAX),
    hadDocument: input.hadDocument === true,
    triggerUid: input.triggerUid ? cleanValue(input.triggerUid, 64) : null,
  };
}

export function encodeRun(spreadsheetId: string, run: BackgroundRunInput): RegistryWrite {
  const checked = backgroundRun(run);
  return {
    key: registryKey(spreadsheetId, 'run'),
    value: JSON.stringify({
      v: RUN_VERSION,
      at: checked.at,
      ok: checked.ok,
      outcome: checked.outcome,
      hadDocument: checked.hadDocument,
      triggerUid: checked.triggerUid,
    }),
  };
}

/** The run stored for a deal, or why it cannot be used. Never throws. */
export function decodeRun(text: string): Decoded<BackgroundRun> {
  const envelope = openEnvelope(text, RUN_VERSION);
  if (!envelope.ok) return envelope;
  const r = envelope.value;
  const at = readInstant(r.at);
  const outcome = readText(r.outcome, OUTCOME_MAX);
  if (at === null || outcome === null || typeof r.ok !== 'boolean') {
    return failure('is not readable (its time, result or outcome is malformed)');
  }
  return {
    ok: true,
    value: {
      at,
      ok: r.ok,
      outcome,
      hadDocument: r.hadDocument === true,
      triggerUid: readText(r.triggerUid, 64) || null,
    },
  };
}
