// WAI-ARIA tabs: arrow keys move between tabs, Tab moves into the panel.
import { el } from '../dom';

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

export function tabs(specs: TabSpec[], initial: string): Tabs {
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
        on: { click: () => select(spec.id), keydown: onKey },
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
