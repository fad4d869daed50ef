// A labelled control with an optional hint and an error line the control points at, so a
// screen reader hears the label, the hint and what is wrong.
import { el, uid } from '../dom';

export type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

export interface Field<C extends Control = Control> {
  root: HTMLElement;
  control: C;
  setError(message: string | null): void;
}

export interface FieldOptions {
  label: string;
  hint?: string;
  optional?: boolean;
  /** Used as the control's data-focus key and in error lookups. */
  name: string;
}

export function field<C extends Control>(control: C, options: FieldOptions): Field<C> {
  const id = control.id || uid(options.name);
  control.id = id;
  control.setAttribute('data-focus', options.name);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const error = el('p', { id: errorId, className: 'field__error', attrs: { hidden: true } });
  const describedBy = [options.hint ? hintId : '', errorId].filter(Boolean).join(' ');
  control.setAttribute('aria-describedby', describedBy);
  const root = el('div', { className: 'field' }, [
    el('label', { className: 'field__label', attrs: { for: id } }, [
      options.label,
      options.optional ? el('span', { className: 'field__optional' }, [' (optional)']) : null,
    ]),
    control,
    options.hint ? el('p', { id: hintId, className: 'field__hint' }, [options.hint]) : null,
    error,
  ]);
  return {
    root,
    control,
    setError(message) {
      error.textContent = message ?? '';
      error.hidden = !message;
      if (message) control.setAttribute('aria-invalid', 'true');
      else control.removeAttribute('aria-invalid');
    },
  };
}

export function input(attrs: Record<string, string | boolean | undefined> = {}): HTMLInputElement {
  return el('input', { className: 'input', attrs: { type: 'text', ...attrs } });
}

export function textarea(attrs: Record<string, string | boolean | undefined> = {}) {
  return el('textarea', { className: 'input input--area', attrs: { rows: '2', ...attrs } });
}

export function select(
  choices: { value: string; label: string }[],
  selected: string,
): HTMLSelectElement {
  const node = el('select', { className: 'input' });
  for (const choice of choices) {
    const option = el('option', { attrs: { value: choice.value } }, [choice.label]);
    option.selected = choice.value === selected;
    node.appendChild(option);
  }
  return node;
}

export function button(
  label: string,
  options: { kind?: 'primary' | 'secondary' | 'link'; focus?: string; onClick: () => void },
): HTMLButtonElement {
  return el(
    'button',
    {
      className: `button button--${options.kind ?? 'secondary'}`,
      attrs: { type: 'button', 'data-focus': options.focus },
      on: { click: () => options.onClick() },
    },
    [label],
  );
}
