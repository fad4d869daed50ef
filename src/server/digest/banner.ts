// The one line the sidebar shows when the weekly email needs its owner: the most urgent first.
import type { DeliveryLedger } from '../../core/delivery/ledger';
import { plural } from '../../core/digest/plural';
import { cleanValue } from '../../core/digest/clean-text';
import { MAX_UNREADABLE_CHARS, type Notices } from './notices';
import type { StoreNotice } from './store-notice';
import { storeNoticeBanner } from './store-notice-text';

export interface BannerFacts {
  notices: Notices;
  /** The current period's ledger. */
  ledger: DeliveryLedger;
  owner: string | null;
  enabled: boolean;
  /** The schedule owner's own notice of a run that could not save (only they can read it). */
  storeNotice?: StoreNotice | null;
  /**
   * What stops a send as the plan reads now (null: nothing). Given, it replaces the stored
   * "unreadable" notice, which the next run would only confirm or clear; omitted, that stands.
   */
  planProblem?: string | null;
}

export function digestBanner(facts: BannerFacts): string | null {
  const { notices, ledger, owner } = facts;
  const who = owner ?? 'the schedule owner';
  const lines: string[] = [];
  if (notices.planGoneAt && !facts.enabled) {
    lines.push(
      'The plan could not be found, so the weekly email turned itself off. Restore or create the plan, then turn the email on again.',
    );
  }
  const unreadable = currentProblem(facts);
  if (unreadable) {
    // Worded as the run words it; with the email off nothing is paused, yet nobody could get it.
    lines.push(
      facts.enabled
        ? `The weekly email is paused until the plan can be read again: ${unreadable}`
        : `The weekly email cannot be sent until this is fixed: ${unreadable}`,
    );
  }
  if (facts.enabled && notices.reauthNotifiedOn) {
    lines.push(`The weekly email is paused: ${who} must open the add-on once to re-authorize it.`);
  }
  if (facts.enabled && facts.storeNotice) lines.push(storeNoticeBanner(facts.storeNotice));
  if (ledger.quotaShort) {
    lines.push(
      `This week's update is waiting for email quota: ${who} can send ${plural(ledger.quotaShort.remaining, 'more email')} today and it needs ${ledger.quotaShort.needed}. It is retried every hour.`,
    );
  }
  const uncertain = ledger.uncertain ?? [];
  if (uncertain.length > 0) {
    lines.push(
      `${plural(uncertain.length, 'recipient')} may not have received this week's update (a run stopped while sending): ${uncertain.join(', ')}. Forward your copy if needed.`,
    );
  }
  return lines.length > 0 ? lines.join(' ') : null;
}

/** The live problem when the plan was just read, else the last run's notice while it is on. */
function currentProblem(facts: BannerFacts): string | null {
  if (facts.planProblem === undefined) return facts.enabled ? facts.notices.planUnreadable : null;
  if (facts.planProblem === null) return null;
  return cleanValue(facts.planProblem, MAX_UNREADABLE_CHARS) || null;
}
