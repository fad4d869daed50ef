// The open plan's place among the seller's deals, shown around its status: a banner with
// Reopen when it is archived, its last background run, and "Archive deal…" to release its
// triggers once the deal is won, lost or closed.
import type { ArchiveDealOptions, PortfolioJson, SidebarState } from '../../shared/api';
import { call, runAction } from '../api';
import { button } from '../controls';
import { el, uid } from '../dom';
import { archivedText, backgroundText } from './wording';

/** Archiving and reopening answer with the seller's deals; the host redraws from them. */
export type AfterLifecycle = (portfolio: PortfolioJson) => void;

// One focus key for the control that archives or reopens, so after the redraw the keyboard
// user lands on whichever of them the new screen shows.
const FOCUS = 'deal-lifecycle';

const OUTCOMES: { value: ArchiveDealOptions['outcome']; label: string }[] = [
  { value: 'won', label: 'Won' },
  { value: 'lost', label: 'Lost' },
  { value: 'closed', label: 'Closed without a decision' },
];

export function planScreen(
  state: SidebarState,
  status: HTMLElement,
  after: AfterLifecycle,
): HTMLElement {
  return el('div', { className: 'screen' }, [
    state.archived ? archivedBanner(state, after) : null,
    status,
    dealCard(state, after),
  ]);
}

function archivedBanner(state: SidebarState, after: AfterLifecycle): HTMLElement {
  const archived = state.archived!;
  const reopen: HTMLButtonElement = button('Reopen', {
    kind: 'primary',
    focus: FOCUS,
    onClick: () =>
      void runAction(
        reopen,
        {
          progress: 'Reopening the deal…',
          busyLabel: 'Reopening…',
          success: 'The deal is open again: its background run and weekly email can resume.',
          failure: 'Could not reopen the deal.',
        },
        () => call('reopenDeal'),
      ).then((outcome) => {
        if (outcome.ok) after(outcome.value);
      }),
  });
  return el('div', { className: 'callout callout--info', attrs: { 'data-testid': 'archived' } }, [
    el('p', { className: 'callout__title' }, [
      `This deal is archived: ${archivedText(archived, state.timeZone, state.today)}.`,
    ]),
    el('p', {}, [
      'Its background run and weekly email are stopped and their triggers released. Reopen it to track it again.',
    ]),
    el('div', { className: 'button-row' }, [reopen]),
  ]);
}

/** The plan's last hourly run, and the way to archive it. */
function dealCard(state: SidebarState, after: AfterLifecycle): HTMLElement {
  const run = backgroundText(state.background, state.timeZone, state.today);
  const slot = el('div', { className: 'confirm-slot' });
  const start: HTMLButtonElement = button('Archive deal…', {
    focus: FOCUS,
    onClick: () => {
      start.hidden = true;
      slot.appendChild(
        archiveForm(after, () => {
          start.hidden = false;
          start.focus();
        }),
      );
      slot.querySelector<HTMLInputElement>('input')?.focus();
    },
  });
  return el('section', { className: 'card', attrs: { 'aria-labelledby': 'deal-card-title' } }, [
    el('h3', { id: 'deal-card-title', className: 'section-title' }, ['Background and archive']),
    el(
      'p',
      {
        className: `summary__line${run.warn ? ' text-warn' : ' muted'}`,
        attrs: { 'data-testid': 'background' },
      },
      [run.warn ? el('span', { attrs: { 'aria-hidden': 'true' } }, ['⚠ ']) : null, run.text],
    ),
    state.archived ? null : el('div', { className: 'button-row' }, [start]),
    slot,
  ]);
}

function archiveForm(after: AfterLifecycle, cancelled: () => void): HTMLElement {
  const name = uid('outcome');
  const radios = OUTCOMES.map((outcome, index) => {
    const radio = el('input', {
      attrs: { type: 'radio', name, value: outcome.value, checked: index === 0 },
    });
    return { radio, node: el('label', { className: 'check' }, [radio, outcome.label]) };
  });
  const form: HTMLFieldSetElement = el('fieldset', { className: 'fieldset archive-form' }, [
    el('legend', { className: 'field__label' }, ['How did the deal end?']),
    ...radios.map((r) => r.node),
    el('p', { className: 'field__hint' }, [
      'Archiving stops this plan’s background run and weekly email and frees their triggers. The sheet itself stays as it is.',
    ]),
  ]);
  const confirm: HTMLButtonElement = button('Archive', {
    kind: 'primary',
    focus: FOCUS,
    onClick: () => {
      const chosen = radios.find((r) => r.radio.checked)?.radio.value as
        ArchiveDealOptions['outcome'] | undefined;
      if (!chosen) return;
      void runAction(
        confirm,
        {
          progress: 'Archiving the deal…',
          busyLabel: 'Archiving…',
          success: 'The deal is archived and its triggers are released.',
          failure: 'Could not archive the deal.',
        },
        () => call('archiveDeal', { outcome: chosen }),
      ).then((outcome) => {
        if (outcome.ok) after(outcome.value);
      });
    },
  });
  const cancel = button('Cancel', {
    kind: 'link',
    onClick: () => {
      wrapper.remove();
      cancelled();
    },
  });
  const wrapper = el('div', { attrs: { 'data-testid': 'archive-form' } }, [
    form,
    el('div', { className: 'button-row' }, [confirm, cancel]),
  ]);
  return wrapper;
}
