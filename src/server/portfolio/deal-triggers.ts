// The plan's triggers as the registry records them: counted before one is made, recorded (in
// the deal's meta) once made or removed, and Google's limit error replaced by our sentence.
import {
  dealMeta,
  triggerLimitMessage,
  type DealMeta,
  type RegistryEntry,
} from '../../core/portfolio';
import { countMyTriggers, isTriggerLimitError, myPlanTriggers } from '../platform/triggers';
import type { UserRegistry } from './registry-store';
import { TriggerLimitError, triggerRoom, type TriggerPurpose } from './trigger-room';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Throws a TriggerLimitError (plain words, naming the plans) unless `needed` more fit. */
export function requireTriggerRoom(
  access: UserRegistry,
  needed: number,
  purpose: TriggerPurpose,
): void {
  if (needed <= 0) return;
  const room = triggerRoom(access.registry, countMyTriggers(), needed);
  if (!room.ok) throw new TriggerLimitError(purpose, room.message);
}

/** Runs `work` (which creates a trigger), turning Google's limit error into ours. */
export function withTriggerLimit<T>(
  access: UserRegistry,
  purpose: TriggerPurpose,
  work: () => T,
): T {
  try {
    return work();
  } catch (error) {
    if (isTriggerLimitError(error)) {
      throw new TriggerLimitError(purpose, triggerLimitMessage(access.registry));
    }
    throw error;
  }
}

export interface MetaSource {
  ss: Spreadsheet;
  customer: string;
  timeZone: string;
  entry: RegistryEntry | null;
}

/** The deal's meta with the triggers this user now holds in the file (one call to list them). */
export function metaWithCurrentTriggers(source: MetaSource): DealMeta {
  return dealMeta({
    customer: source.customer || source.entry?.meta?.customer || '',
    url: source.ss.getUrl(),
    timeZone: source.timeZone,
    triggers: myPlanTriggers(source.ss),
    archived: null,
  });
}
