// The weekly email's schedule: on/off, weekday and hour in the spreadsheet's time zone, when it
// last went and next goes, and who runs it. Only its owner may change it; anyone else may take
// it over, once told what that means.
import { type DigestStateJson, type SidebarState, type Weekday, WEEKDAYS } from '../../shared/api';
import { call, runAction } from '../api';
import { button, field, select } from '../controls';
import { el, replaceChildren } from '../dom';
import {
  canManage,
  hourLabel,
  momentText,
  ownershipText,
  scheduleText,
  weekdayLabel,
} from '../wording';
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
  const form = scheduleFields(digest, timeZone);
  const save = button('Save schedule', {
    kind: 'primary',
    focus: 'digest-save',
    onClick: () => {
      const settings = { ...digest.settings, ...form.values() };
      void runAction(
        save,
        {
          progress: settings.enabled
            ? 'Scheduling the weekly email…'
            : 'Turning the weekly email off…',
          busyLabel: 'Saving…',
          success: (next: DigestStateJson) =>
            next.settings.enabled
              ? `Weekly email on. ${scheduleText(next.settings, timeZone)}`
              : 'Weekly email turned off.',
          failure: 'Could not save the schedule.',
        },
        () => call('configureWeeklyDigest', settings),
      ).then((outcome) => {
        if (outcome.ok) host.update(outcome.value);
      });
    },
  });
  for (const control of [...form.controls, save]) control.disabled = !manage;
  const takeOverSlot = el('div', { className: 'confirm-slot' });
  const takeOver =
    manage || !digest.owner ? null : takeOverLink(digest, state.user, host, takeOverSlot);

  return el('fieldset', { className: 'fieldset card' }, [
    el('legend', { className: 'section-title' }, ['Schedule']),
    el('p', { className: 'summary__line', attrs: { 'data-testid': 'owner' } }, [
      ownershipText(digest, state.user),
    ]),
    ...form.roots,
    el('dl', { className: 'meta' }, [
      el('dt', {}, ['Last sent']),
      el('dd', { attrs: { 'data-testid': 'last-sent' } }, [when(digest.lastSent, 'Never')]),
      el('dt', {}, ['Next run']),
      el('dd', { attrs: { 'data-testid': 'next-run' } }, [when(digest.nextRun, 'Not scheduled')]),
    ]),
    manage ? el('div', { className: 'actions' }, [save]) : null,
    takeOver,
    takeOverSlot,
  ]);
}

interface ScheduleFields {
  roots: HTMLElement[];
  controls: (HTMLInputElement | HTMLSelectElement)[];
  values(): { enabled: boolean; weekday: Weekday; hour: number };
}

function scheduleFields(digest: DigestStateJson, timeZone: string): ScheduleFields {
  const enabled = el('input', {
    id: 'digest-enabled',
    attrs: { type: 'checkbox', 'data-focus': 'digest-enabled' },
  });
  enabled.checked = digest.settings.enabled;
  const weekday = field(
    select(
      WEEKDAYS.map((day) => ({ value: day, label: weekdayLabel(day) })),
      digest.settings.weekday,
    ),
    { label: 'Day', name: 'digest-weekday' },
  );
  const hour = field(
    select(
      Array.from({ length: 24 }, (_, h) => ({ value: String(h), label: hourLabel(h) })),
      String(digest.settings.hour),
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
  return {
    roots: [
      el('div', { className: 'check' }, [
        enabled,
        el('label', { attrs: { for: 'digest-enabled' } }, [
          'Send a weekly update to every recipient',
        ]),
      ]),
      el('div', { className: 'field-row' }, [weekday.root, hour.root]),
      zoneHint,
    ],
    controls: [enabled, weekday.control, hour.control],
    values: () => ({
      enabled: enabled.checked,
      weekday: weekday.control.value as Weekday,
      hour: Number(hour.control.value),
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
      attrs: { role: 'group', 'aria-label': 'Confirm taking over the schedule' },
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
