// The weekly email: its schedule (in the sheet's time zone), who gets it, and preview / test /
// send. Acting on the schedule is left to its owner, because the mail leaves their account.
import type { DigestStateJson, SidebarState } from '../../shared/api';
import { el } from '../dom';
import { recipientsCard } from './recipients';
import { remindersCard } from './reminders';
import { scheduleCard } from './schedule';
import type { ScheduleSaver } from './schedule-saver';
import { sendHistory, sendingCard } from './sending';

export interface DigestHost {
  /** Redraw the screen from the server's new digest state. */
  update(digest: DigestStateJson): void;
  /** Fetch everything again (after a send, so "last sent" is true). */
  reload(): Promise<void>;
  /** Saves the schedule as it is changed; it outlives every redraw of the screen. */
  saver: ScheduleSaver;
}

export function digestScreen(
  digest: DigestStateJson | null,
  state: SidebarState,
  host: DigestHost,
): HTMLElement {
  if (!digest) {
    return el('div', { className: 'screen' }, [
      el('h2', { className: 'screen-title' }, ['Weekly email']),
      el('p', { className: 'muted' }, [
        'The weekly email is not available for this spreadsheet yet.',
      ]),
    ]);
  }
  return el('div', { className: 'screen' }, [
    el('h2', { className: 'screen-title' }, ['Weekly email']),
    digest.banner ? attentionBanner(digest.banner) : null,
    scheduleCard(digest, state, host),
    remindersCard(digest, state.today),
    recipientsCard(digest, host),
    sendingCard(digest, state, host),
    sendHistory(digest, state),
  ]);
}

/** What the owner must act on (quota, re-authorization, a plan gone), above everything else. */
function attentionBanner(text: string): HTMLElement {
  return el('div', { className: 'callout callout--warn', attrs: { 'data-testid': 'banner' } }, [
    el('p', { className: 'callout__title' }, [
      el('span', { className: 'callout__icon', attrs: { 'aria-hidden': 'true' } }, ['⚠']),
      ' Needs your attention',
    ]),
    el('p', {}, [text]),
  ]);
}
