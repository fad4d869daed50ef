// This week's step-owner reminders: who hears about which step, on which day, and who does not
// (waiting for approval, an address that cannot be mailed), so the seller can fix it in time.
import type { DigestStateJson, WeekReminderJson } from '../../shared/api';
import { el } from '../dom';
import { OWNER, STEP_NAME, sheetText } from '../sheet-text';
import { dayText } from '../wording';

const STATES: Record<WeekReminderJson['state'], { label: string; tone: string }> = {
  sent: { label: 'sent', tone: 'muted' },
  'will send': { label: 'will be sent', tone: '' },
  'waiting for approval': { label: 'not sent: waiting for your approval', tone: 'text-warn' },
  'invalid address': { label: 'not sent: the Owner email is not an address', tone: 'text-warn' },
};

export function remindersCard(digest: DigestStateJson, today: string): HTMLElement | null {
  if (!digest.settings.reminders?.enabled || !digest.reminders) return null;
  const items = digest.reminders;
  return el('section', { className: 'card', attrs: { 'aria-labelledby': 'reminders-title' } }, [
    el('h3', { id: 'reminders-title', className: 'section-title' }, ['Reminders this week']),
    items.length === 0
      ? el('p', { className: 'muted' }, ['No step owner is due a reminder this week.'])
      : el(
          'ul',
          { className: 'move-list', attrs: { 'data-testid': 'reminders' } },
          items.map((r) => {
            const state = STATES[r.state];
            return el('li', { attrs: { 'data-row': r.row } }, [
              el('span', {}, [`${dayText(r.on, today)} · `, sheetText(r.email, OWNER), ': ']),
              sheetText(r.step, STEP_NAME),
              el('span', { className: 'muted' }, [
                ` (${r.kind === 'before' ? 'due' : 'late: was due'} ${dayText(r.targetDate, today)})`,
              ]),
              el('span', { className: state.tone }, [` · ${state.label}`]),
            ]);
          }),
        ),
  ]);
}
