// The Extensions menu: the add-on's own menu, exactly as its onOpen built it (the emulator's Ui
// recorded it), under the add-on's name. Someone without the add-on does not see it, as in Sheets.
import type { MenuItemView, PreviewView, RunResult } from '../session';
import { attempt, post, say } from './api';
import { $, el } from './dom';

function runItem(caption: string, functionName: string): void {
  closeMenus();
  say(`Running “${caption}”…`);
  attempt(async () => {
    const result = await post<RunResult>('/api/menu', { functionName });
    if (result.ok) say(`“${caption}” ran.`);
    else say(`“${caption}” failed: ${result.error?.message ?? 'unknown error'}`, 'error');
  });
}

function items(entries: MenuItemView[]): HTMLElement[] {
  return entries.map((entry) => {
    if (entry.type === 'separator')
      return el('div', { className: 'sep', attrs: { role: 'separator' } });
    if (entry.type === 'submenu') return submenu(entry.caption, items(entry.items));
    const button = el('button', {
      type: 'button',
      className: 'item',
      textContent: entry.caption,
      attrs: { role: 'menuitem' },
    });
    button.addEventListener('click', () => runItem(entry.caption, entry.functionName));
    return button;
  });
}

function submenu(caption: string, children: HTMLElement[]): HTMLElement {
  const box = el('div', { className: 'submenu' });
  const button = el(
    'button',
    {
      type: 'button',
      className: 'item has-sub',
      attrs: { role: 'menuitem', 'aria-haspopup': 'menu', 'aria-expanded': 'false' },
    },
    caption,
    el('span', { className: 'arrow', textContent: '▸', attrs: { 'aria-hidden': 'true' } }),
  );
  const panel = el(
    'div',
    { className: 'dropdown sub', attrs: { role: 'menu', 'aria-label': caption } },
    ...children,
  );
  panel.hidden = true;
  const show = (open: boolean) => {
    panel.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
  };
  box.addEventListener('mouseenter', () => show(true));
  box.addEventListener('mouseleave', () => show(false));
  // Opening, never closing: the pointer's hover has usually opened it already.
  button.addEventListener('click', () => show(true));
  button.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowRight' || e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      show(true);
      panel.querySelector<HTMLElement>('button')?.focus();
    }
  });
  panel.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowLeft') {
      e.preventDefault();
      e.stopPropagation();
      show(false);
      button.focus();
    }
  });
  box.append(button, panel);
  return box;
}

export function drawMenu(view: PreviewView): void {
  const menu = $('extensions-menu');
  const children: HTMLElement[] = [];
  if (view.menu)
    children.push(submenu(view.addOnName, items(view.menu)), el('div', { className: 'sep' }));
  const disabled = (caption: string) =>
    el('button', {
      type: 'button',
      className: 'item',
      disabled: true,
      textContent: caption,
      attrs: { role: 'menuitem', title: 'Not part of the local preview' },
    });
  children.push(disabled('Add-ons'), disabled('Apps Script'));
  if (!view.hasAddOn) {
    children.push(
      el('p', {
        className: 'hint',
        textContent: `${view.user} has not installed ${view.addOnName}, so its menu and sidebar do not appear. Their edits still reach the owner's edit trigger.`,
      }),
    );
  }
  menu.replaceChildren(...children);
}

export function closeMenus(): void {
  for (const dropdown of Array.from(document.querySelectorAll<HTMLElement>('.menubar .dropdown')))
    dropdown.hidden = true;
  for (const button of Array.from(document.querySelectorAll('.menubar [aria-expanded]')))
    button.setAttribute('aria-expanded', 'false');
}

/** Up and down move between the items of the open menu. */
function moveFocus(menu: HTMLElement, by: number): void {
  const buttons = Array.from(
    menu.querySelectorAll<HTMLButtonElement>('button:not([disabled])'),
  ).filter((b) => b.offsetParent !== null);
  const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
  buttons[(at + by + buttons.length) % buttons.length]?.focus();
}

export function wireMenu(): void {
  const toggle = $('extensions');
  const menu = $('extensions-menu');
  toggle.addEventListener('click', () => {
    const open = menu.hidden;
    closeMenus();
    menu.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
    if (open) menu.querySelector<HTMLElement>('button:not([disabled])')?.focus();
  });
  menu.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      moveFocus(menu, e.key === 'ArrowDown' ? 1 : -1);
    } else if (e.key === 'Escape') {
      closeMenus();
      toggle.focus();
    }
  });
  document.addEventListener('mousedown', (e) => {
    if (!(e.target as HTMLElement).closest?.('.menubar')) closeMenus();
  });
  // Escape closes an open menu wherever the focus is (a menu with nothing to focus included).
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !menu.hidden) {
      closeMenus();
      toggle.focus();
    }
  });
}
