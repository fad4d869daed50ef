// The one line the sidebar shows when the weekly email needs its owner: the most urgent first.
import type { DeliveryLedger } from '../../core/delivery/ledger';
import { plural } from '../../core/digest/plural';
import type { Notices } from './notices';
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
  if (facts.enabled && notices.planUnreadable) {
    lines.push(
      `The weekly email is paused until the plan can be read again: ${notices.planUnreadable}`,
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
