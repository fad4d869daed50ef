// "Re-plan…": the target signature moved, so the open steps move with it. The seller picks the
// new date and how (shift every open step, or fit them before the new date), sees every step's
// old and new date from previewReplan, and only "Apply" writes (replan).
import { plural } from '../../core/text';
import type { PlanStatusResult, ReplanPreviewJson, ReplanRequest } from '../../shared/api';
import { call, runAction } from '../api';
import { button, field, input } from '../controls';
import { el, replaceChildren, uid } from '../dom';
import { STEP_NAME, sheetText } from '../sheet-text';
import { dayText } from '../wording';

const MODES: { value: ReplanRequest['mode']; label: string; hint: string }[] = [
  {
    value: 'shift',
    label: 'Shift every open step',
    hint: 'each open step moves by as many business days as the signature',
  },
  {
    value: 'fit',
    label: 'Fit the open steps before the new date',
    hint: 'laid back from the new signature with their spacing, never before today',
  },
];

type Preview = Extract<ReplanPreviewJson, { ok: true }>;

/** The card under the status: an offer to re-plan, louder when steps sit after the signature. */
export function replanCard(plan: PlanStatusResult, update: (plan: PlanStatusResult) => void) {
  const late = plan.datedAfterSignature ?? 0;
  const slot = el('div', { className: 'confirm-slot' });
  const start: HTMLButtonElement = button('Re-plan…', {
    kind: late > 0 ? 'primary' : 'secondary',
    focus: 'replan',
    onClick: () => {
      start.hidden = true;
      slot.appendChild(
        replanForm(plan, update, () => {
          start.hidden = false;
          start.focus();
        }),
      );
      slot.querySelector<HTMLInputElement>('input')?.focus();
    },
  });
  return el('section', { className: 'card', attrs: { 'aria-labelledby': 'replan-title' } }, [
    el('h3', { id: 'replan-title', className: 'section-title' }, ['Signature date moved?']),
    el('p', { className: `summary__line${late > 0 ? ' text-warn' : ' muted'}` }, [
      late > 0
        ? `${plural(late, 'step')} that must come before signature ${late === 1 ? 'is' : 'are'} dated after it. Re-plan to move the open steps together.`
        : 'Move every open step to a new target signature at once; baselines stay, so the slip stays visible.',
    ]),
    el('div', { className: 'button-row' }, [start]),
    slot,
  ]);
}

function replanForm(
  plan: PlanStatusResult,
  update: (plan: PlanStatusResult) => void,
  cancelled: () => void,
): HTMLElement {
  const date = field(
    input({ type: 'date', value: plan.signatureDate ?? plan.today, min: plan.today }),
    {
      label: 'New target signature',
      name: 'replan-date',
    },
  );
  const name = uid('replan-mode');
  const radios = MODES.map((mode, index) => {
    const radio = el('input', {
      attrs: { type: 'radio', name, value: mode.value, checked: index === 0 },
    });
    return {
      radio,
      node: el('label', { className: 'check' }, [
        radio,
        el('span', {}, [mode.label, el('span', { className: 'field__hint' }, [` (${mode.hint})`])]),
      ]),
    };
  });
  const result = el('div', { attrs: { 'data-testid': 'replan-preview', 'aria-live': 'polite' } });
  let shown: { request: ReplanRequest; preview: Preview } | null = null;
  const request = (): ReplanRequest => ({
    signatureDate: date.control.value,
    mode: (radios.find((r) => r.radio.checked)?.radio.value ?? 'shift') as ReplanRequest['mode'],
  });
  // A changed date or mode makes the preview on screen stale: Apply waits for a new one.
  const stale = () => {
    shown = null;
    apply.disabled = true;
    replaceChildren(result, []);
    date.setError(null);
  };
  date.control.addEventListener('input', stale);
  for (const r of radios) r.radio.addEventListener('change', stale);

  const previewButton: HTMLButtonElement = button('Preview', {
    focus: 'replan-preview',
    onClick: () => {
      const asked = request();
      if (!asked.signatureDate) {
        date.setError('Choose the new target signature date.');
        return;
      }
      void runAction(
        previewButton,
        {
          progress: 'Working out the new dates…',
          success: (p: ReplanPreviewJson) =>
            p.ok
              ? `${plural(p.moves.length, 'step')} would move.`
              : { tone: 'warning', text: p.problem },
          failure: 'Could not work out the new dates.',
        },
        () => call('previewReplan', asked),
      ).then((outcome) => {
        if (!outcome.ok) return;
        if (!outcome.value.ok) {
          date.setError(outcome.value.problem);
          return;
        }
        shown = { request: asked, preview: outcome.value };
        replaceChildren(result, [previewList(outcome.value, plan.today)]);
        apply.disabled = outcome.value.moves.length === 0;
      });
    },
  });
  const apply: HTMLButtonElement = button('Apply new dates', {
    kind: 'primary',
    focus: 'replan-apply',
    onClick: () => {
      if (!shown) return;
      const { request: asked, preview } = shown;
      void runAction(
        apply,
        {
          progress: 'Moving the steps…',
          busyLabel: 'Applying…',
          success: `${plural(preview.moves.length, 'step')} moved; each move is in Slip history.`,
          failure: 'Could not re-plan.',
        },
        () => call('replan', asked),
      ).then((outcome) => {
        if (outcome.ok) update(outcome.value);
      });
    },
  });
  apply.disabled = true;
  const cancel = button('Cancel', {
    kind: 'link',
    onClick: () => {
      wrapper.remove();
      cancelled();
    },
  });
  const wrapper = el('div', { attrs: { 'data-testid': 'replan-form' } }, [
    date.root,
    el('fieldset', { className: 'fieldset' }, [
      el('legend', { className: 'field__label' }, ['How should the steps move?']),
      ...radios.map((r) => r.node),
    ]),
    el('div', { className: 'button-row' }, [previewButton, apply, cancel]),
    result,
  ]);
  return wrapper;
}

function previewList(preview: Preview, today: string): HTMLElement {
  const day = (key: string) => dayText(key, today);
  return el('div', {}, [
    preview.moves.length === 0
      ? el('p', { className: 'muted' }, ['No step changes date.'])
      : el(
          'ul',
          { className: 'move-list' },
          preview.moves.map((m) =>
            el('li', { attrs: { 'data-row': m.row } }, [
              sheetText(m.step, STEP_NAME),
              el('span', { className: 'muted' }, [` ${day(m.from)} → ${day(m.to)}`]),
            ]),
          ),
        ),
    ...preview.notes.map((note) => el('p', { className: 'field__hint' }, [note])),
  ]);
}
