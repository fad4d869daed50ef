// The Files list, like Drive's recent files: every spreadsheet of the preview by name, the one
// open marked, and a new blank one. Opening another switches the whole page to it.
import type { PreviewView } from '../session';
import { attempt, post, say } from './api';
import { $, el } from './dom';

function closeFiles(): void {
  $('files-menu').hidden = true;
  $('files-toggle').setAttribute('aria-expanded', 'false');
}

function open(name: string): void {
  closeFiles();
  say(`Opening “${name}”…`);
  attempt(async () => {
    await post('/api/file', { name });
    say(`Opened “${name}”.`);
  });
}

export function drawFiles(view: PreviewView): void {
  const items = view.files.map((file) => {
    const item = el('button', {
      type: 'button',
      className: 'item file',
      textContent: file.name,
      attrs: { role: 'menuitemradio', 'aria-checked': String(file.current) },
    });
    item.addEventListener('click', () => (file.current ? closeFiles() : open(file.name)));
    return item;
  });
  const create = el('button', {
    type: 'button',
    className: 'item',
    textContent: 'New spreadsheet…',
    attrs: { role: 'menuitem' },
  });
  create.addEventListener('click', () => {
    closeFiles();
    const name = $('new-file-name') as HTMLInputElement;
    name.value = '';
    ($('new-file') as HTMLDialogElement).showModal();
  });
  $('files-menu').replaceChildren(
    el('p', { className: 'hint', textContent: 'Spreadsheets in this preview' }),
    ...items,
    el('div', { className: 'sep', attrs: { role: 'separator' } }),
    create,
  );
  $('files-toggle').title =
    `${view.files.length} spreadsheet${view.files.length === 1 ? '' : 's'}; open: ${view.spreadsheetName}`;
}

export function wireFiles(): void {
  const toggle = $('files-toggle');
  const menu = $('files-menu');
  toggle.addEventListener('click', () => {
    const opening = menu.hidden;
    menu.hidden = !opening;
    toggle.setAttribute('aria-expanded', String(opening));
    if (opening) menu.querySelector<HTMLElement>('[aria-checked="true"]')?.focus();
  });
  menu.addEventListener('keydown', (e) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp' && e.key !== 'Escape') return;
    e.preventDefault();
    if (e.key === 'Escape') {
      closeFiles();
      toggle.focus();
      return;
    }
    const buttons = Array.from(menu.querySelectorAll<HTMLButtonElement>('button'));
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const by = e.key === 'ArrowDown' ? 1 : -1;
    buttons[(at + by + buttons.length) % buttons.length]?.focus();
  });
  document.addEventListener('mousedown', (e) => {
    if (!(e.target as HTMLElement).closest?.('.files')) closeFiles();
  });
  const dialog = $('new-file') as HTMLDialogElement;
  dialog.addEventListener('close', () => {
    const name = ($('new-file-name') as HTMLInputElement).value.trim();
    if (dialog.returnValue !== 'create' || !name) return;
    say(`Making “${name}”…`);
    attempt(async () => {
      await post('/api/new-file', { name });
      say(`“${name}” is a new, empty spreadsheet: try Extensions → Mutual Action Plan.`);
    });
  });
}
