// The sidebar's controls: labelled fields, buttons and tabs, each wired for keyboard and
// screen-reader users.
import { el, uid } from './dom';

// A labelled control with an optional hint and an error line the control points at, so a
// screen reader hears the label, the hint and what is wrong.

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

// WAI-ARIA tabs: arrow keys move between tabs, Tab moves into the panel.

export interface TabSpec {
  id: string;
  label: string;
  panel: HTMLElement;
}

export interface Tabs {
  root: HTMLElement;
  select(id: string, focus?: boolean): void;
  /** Replaces one panel's content, keeping which tab is open. */
  setPanel(id: string, content: HTMLElement): void;
  selected(): string;
}

/** `onSelect` runs when the user picks a tab (not for the initial one). */
export function tabs(specs: TabSpec[], initial: string, onSelect?: (id: string) => void): Tabs {
  let current = initial;
  const buttons = new Map<string, HTMLButtonElement>();
  const panels = new Map<string, HTMLElement>();

  const select = (id: string, focus = false) => {
    current = id;
    for (const [key, tab] of buttons) {
      const on = key === id;
      tab.setAttribute('aria-selected', String(on));
      tab.tabIndex = on ? 0 : -1;
      panels.get(key)!.hidden = !on;
    }
    if (focus) buttons.get(id)?.focus();
  };

  const onKey = (event: KeyboardEvent) => {
    const ids = specs.map((s) => s.id);
    const index = ids.indexOf(current);
    const moves: Record<string, number> = {
      ArrowRight: (index + 1) % ids.length,
      ArrowLeft: (index - 1 + ids.length) % ids.length,
      Home: 0,
      End: ids.length - 1,
    };
    if (!(event.key in moves)) return;
    event.preventDefault();
    select(ids[moves[event.key]], true);
    onSelect?.(current);
  };

  const list = el('div', {
    className: 'tabs',
    attrs: { role: 'tablist', 'aria-label': 'Sidebar sections' },
  });
  const panelNodes = specs.map((spec) => {
    const tab = el(
      'button',
      {
        id: `tab-${spec.id}`,
        className: 'tabs__tab',
        attrs: {
          type: 'button',
          role: 'tab',
          'aria-controls': `panel-${spec.id}`,
          'data-focus': `tab-${spec.id}`,
        },
        on: {
          click: () => {
            select(spec.id);
            onSelect?.(spec.id);
          },
          keydown: onKey,
        },
      },
      [spec.label],
    );
    buttons.set(spec.id, tab);
    list.appendChild(tab);
    const panel = el(
      'div',
      {
        id: `panel-${spec.id}`,
        className: 'tabs__panel',
        attrs: { role: 'tabpanel', 'aria-labelledby': `tab-${spec.id}` },
      },
      [spec.panel],
    );
    panels.set(spec.id, panel);
    return panel;
  });

  const root = el('div', { className: 'tabs-root' }, [list, ...panelNodes]);
  select(initial);
  return {
    root,
    select,
    setPanel(id, content) {
      const panel = panels.get(id);
      if (!panel) return;
      while (panel.firstChild) panel.removeChild(panel.firstChild);
      panel.appendChild(content);
    },
    selected: () => current,
  };
}
