// The weekly email's schedule: on/off, weekday and hour in the spreadsheet's time zone, saved
// as it is changed; when it last went and next goes, and who runs it. Only its owner may change
// it; anyone else may take it over, once told what that means.
import { type DigestStateJson, type SidebarState, type Weekday, WEEKDAYS } from '../../shared/api';
import { plural } from '../../core/text';
import { call, runAction } from '../api';
import { button, field, select } from '../controls';
import { el, replaceChildren } from '../dom';
import {
  canManage,
  hourLabel,
  momentText,
  ownershipText,
  savedText,
  weekdayLabel,
} from '../wording';
import type { SaveState, ScheduleChoice } from './schedule-saver';
import type { DigestHost } from './screen';

export function scheduleCard(
  digest: DigestStateJson,
  state: SidebarState,
  host: DigestHost,
): HTMLElement {
  const manage = canManage(digest);
  const timeZone = state.timeZone;
  const when = (iso: string | null, none: string) =>
    iso ? momentText(iso, timeZone, state.today) : none;
  // While a change is unsaved the controls show it, not the server's older settings.
  const form = scheduleFields(host.saver.draft() ?? digest.settings, timeZone);
  for (const control of form.controls) {
    control.disabled = !manage;
    control.addEventListener('change', () => host.saver.change(form.values()));
  }
  const saveLine = el('div', {
    className: 'save-state',
    attrs: { 'data-testid': 'schedule-save', 'aria-live': 'polite' },
  });
  if (manage) {
    host.saver.watch((save) => replaceChildren(saveLine, saveStateView(save, digest, state, host)));
  }
  const takeOverSlot = el('div', { className: 'confirm-slot' });
  const takeOver =
    manage || !digest.owner ? null : takeOverLink(digest, state.user, host, takeOverSlot);

  return el('fieldset', { className: 'fieldset card' }, [
    el('legend', { className: 'section-title' }, ['Schedule']),
    el('p', { className: 'summary__line', attrs: { 'data-testid': 'owner' } }, [
      ownershipText(digest, state.user),
    ]),
    ...form.roots,
    manage ? saveLine : null,
    el('dl', { className: 'meta' }, [
      el('dt', {}, ['Last sent']),
      el('dd', { attrs: { 'data-testid': 'last-sent' } }, [when(digest.lastSent, 'Never')]),
      el('dt', {}, ['Next run']),
      el('dd', { attrs: { 'data-testid': 'next-run' } }, [when(digest.nextRun, 'Not scheduled')]),
    ]),
    takeOver,
    takeOverSlot,
  ]);
}

/** "Saving…", "Saved ✓ · next run …", or what went wrong with a way to try again. */
function saveStateView(
  save: SaveState,
  digest: DigestStateJson,
  state: SidebarState,
  host: DigestHost,
): (HTMLElement | string)[] {
  switch (save.kind) {
    case 'idle':
      return [];
    case 'saving':
      return [
        el('span', { className: 'muted' }, [
          el('span', { className: 'spinner', attrs: { 'aria-hidden': 'true' } }),
          'Saving…',
        ]),
      ];
    case 'saved':
      return [el('span', { className: 'save-state__saved' }, [savedText(digest, state.today)])];
    case 'failed':
      return [
        el('p', { className: 'field__error' }, [`Not saved: ${save.message}`]),
        button('Try again', { kind: 'link', focus: 'schedule-retry', onClick: host.saver.flush }),
      ];
  }
}

interface ScheduleFields {
  roots: HTMLElement[];
  controls: (HTMLInputElement | HTMLSelectElement)[];
  values(): ScheduleChoice;
}

/** A checkbox with its label beside it; `id` is also its focus key. */
function checkRow(id: string, label: string, checked: boolean) {
  const input = el('input', { id, attrs: { type: 'checkbox', 'data-focus': id } });
  input.checked = checked;
  const root = el('div', { className: 'check' }, [
    input,
    el('label', { attrs: { for: id } }, [label]),
  ]);
  return { input, root };
}

function scheduleFields(shown: ScheduleChoice, timeZone: string): ScheduleFields {
  const enabled = checkRow(
    'digest-enabled',
    'Send a weekly update to every recipient',
    shown.enabled,
  );
  const weekday = field(
    select(
      WEEKDAYS.map((day) => ({ value: day, label: weekdayLabel(day) })),
      shown.weekday,
    ),
    { label: 'Day', name: 'digest-weekday' },
  );
  const hour = field(
    select(
      Array.from({ length: 24 }, (_, h) => ({ value: String(h), label: hourLabel(h) })),
      String(shown.hour),
    ),
    { label: `Hour (${timeZone} time)`, name: 'digest-hour' },
  );
  // One note under both selects keeps them level; the hour select points at it.
  const zoneHint = el('p', { id: 'digest-zone-hint', className: 'field__hint' }, [
    `Day and hour are in the spreadsheet’s time zone, ${timeZone}. Google sends some time within the hour.`,
  ]);
  hour.control.setAttribute(
    'aria-describedby',
    `${hour.control.getAttribute('aria-describedby') ?? ''} digest-zone-hint`.trim(),
  );
  const shownReminders = shown.reminders ?? { enabled: false, daysBefore: 2 };
  const remind = checkRow(
    'reminders-enabled',
    'Remind step owners of their own steps',
    shownReminders.enabled,
  );
  const daysBefore = field(
    select(
      [1, 2, 3, 4, 5].map((n) => ({
        value: String(n),
        label: `${plural(n, 'business day')} before`,
      })),
      String(shownReminders.daysBefore),
    ),
    {
      label: 'Remind',
      name: 'reminders-days',
      hint: 'Each owner with an approved Owner email hears about their own steps at the same hour on business days: before the date, and once on the first day late.',
    },
  );
  return {
    roots: [
      enabled.root,
      el('div', { className: 'field-row' }, [weekday.root, hour.root]),
      zoneHint,
      remind.root,
      daysBefore.root,
    ],
    controls: [enabled.input, weekday.control, hour.control, remind.input, daysBefore.control],
    values: () => ({
      enabled: enabled.input.checked,
      weekday: weekday.control.value as Weekday,
      hour: Number(hour.control.value),
      reminders: { enabled: remind.input.checked, daysBefore: Number(daysBefore.control.value) },
    }),
  };
}

/**
 * "Take over the schedule…", whose confirmation opens in `slot`. Taking over moves the sending to
 * this user's account and quota, and approvals are kept per person, so the user is told both
 * before anything changes.
 */
function takeOverLink(
  digest: DigestStateJson,
  user: string,
  host: DigestHost,
  slot: HTMLElement,
): HTMLElement {
  const ask: HTMLButtonElement = button('Take over the schedule…', {
    kind: 'link',
    focus: 'take-over',
    onClick: () => {
      const confirm = takeOverConfirm(digest, user, host, () => {
        replaceChildren(slot, []);
        ask.focus();
      });
      replaceChildren(slot, [confirm]);
      confirm.querySelector<HTMLElement>('[data-focus="take-over-confirm"]')?.focus();
    },
  });
  return el('div', { className: 'link-stack' }, [ask]);
}

function takeOverConfirm(
  digest: DigestStateJson,
  user: string,
  host: DigestHost,
  onCancel: () => void,
): HTMLElement {
  const yes: HTMLButtonElement = button('Take over', {
    kind: 'primary',
    focus: 'take-over-confirm',
    onClick: () =>
      void runAction(
        yes,
        {
          progress: 'Taking over the weekly email…',
          busyLabel: 'Taking over…',
          success: 'You run the weekly email now. Approve who should receive it from your account.',
          failure: 'Could not take over the weekly email.',
        },
        () =>
          call('configureWeeklyDigest', {
            enabled: true,
            weekday: digest.settings.weekday,
            hour: digest.settings.hour,
            takeOver: true,
          }),
      ).then((outcome) => {
        if (outcome.ok) host.update(outcome.value);
      }),
  });
  return el(
    'div',
    {
      className: 'callout callout--warn',
      attrs: {
        role: 'group',
        'aria-label': 'Confirm taking over the schedule',
        'data-in-use': true,
      },
    },
    [
      el('p', {}, [
        `The weekly email will be sent from your account (${user}) and count against your daily email quota. ${digest.owner ?? 'The current owner'}’s schedule stops.`,
      ]),
      el('p', {}, [
        'Approvals belong to each person: recipients outside your approved domains wait for your approval.',
      ]),
      el('div', { className: 'button-row' }, [
        yes,
        button('Cancel', { kind: 'secondary', focus: 'take-over-cancel', onClick: onCancel }),
      ]),
    ],
  );
}
