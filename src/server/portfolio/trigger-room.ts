// Whether a plan may take more triggers. Two counts, because each sees what the other cannot:
// Google's (getProjectTriggers: every trigger of this user for the add-on, in every file,
// including plans the registry never heard of) decides whether there is room; the registry
// names the plans holding them, so a refusal says which deal to archive. Google's own error
// text ("This script has too many triggers...") never reaches the seller.
import {
  canAddTriggers,
  TRIGGER_LIMIT,
  triggerLimitMessage,
  type Registry,
} from '../../core/portfolio';

export type TriggerRoom = { ok: true } | { ok: false; message: string };

/** Room for `needed` more triggers, given the registry and Google's count of the user's. */
export function triggerRoom(registry: Registry, googleCount: number, needed: number): TriggerRoom {
  // Google's count decides: the registry may still list triggers someone deleted by hand.
  if (googleCount + needed <= TRIGGER_LIMIT) return { ok: true };
  const decision = canAddTriggers(registry, needed);
  // The registry counted room, Google did not: some plan holds triggers it never recorded.
  return { ok: false, message: decision.ok ? triggerLimitMessage(registry) : decision.message };
}

/**
 * What a refusal says first: what did not happen and what the trigger was for, so nobody takes
 * a plan without its trigger for one that works.
 */
export const TRIGGER_FOR = {
  plan: 'The plan was not created, and nothing was written: it needs a trigger of its own to stamp Done dates and record slips as people edit.',
  weeklyEmail: 'The weekly email stays off: it needs a trigger of its own to send on schedule.',
  reopen: 'The deal stays archived: reopening gives it back its trigger for Done dates and slips.',
} as const;

export type TriggerPurpose = keyof typeof TRIGGER_FOR;

/** Thrown for the budget; its message is a plain sentence the sidebar shows as it is. */
export class TriggerLimitError extends Error {
  constructor(purpose: TriggerPurpose, budgetMessage: string) {
    super(`${TRIGGER_FOR[purpose]} ${budgetMessage}`);
    this.name = 'TriggerLimitError';
  }
}
