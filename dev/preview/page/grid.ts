// The sheet grid: cells with their effective look, frozen rows and columns, text that runs on
// over empty neighbours, a selection moved by mouse and keyboard, and editing as in Sheets
// (type or Enter/F2/double-click to edit, Enter/Tab to commit and move, Escape to cancel,
// Delete to clear, dropdown lists and checkboxes).
import type { PreviewView, RunResult } from '../session';
import type { CellView, SheetView } from '../view';
import { attempt, post, say, state } from './api';
import { $, el, letters } from './dom';

interface Cell {
  row: number;
  column: number;
}

interface Bounds {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

const ROW_HEAD = 46;
/** How far text may run on over empty cells to its right. */
const MAX_SPILL_COLUMNS = 12;

let sheet: SheetView | null = null;
/** The spreadsheet the grid shows. */
let file = '';
let sel: Cell = { row: 1, column: 1 };
let highlight: Bounds | null = null;
/** The last selectionVersion followed; -1 before the first state. */
let followed = -1;
let editor: { cell: Cell; input: HTMLInputElement; done: boolean } | null = null;
let dropdown: { cell: Cell; list: HTMLElement; index: number } | null = null;
let selectTimer: ReturnType<typeof setTimeout> | undefined;

const wrap = () => $('grid-wrap');

function cellAt(c: Cell): CellView | undefined {
  return sheet?.cells[c.row - 1]?.[c.column - 1];
}

function tdAt(c: Cell): HTMLTableCellElement | null {
  return document.querySelector<HTMLTableCellElement>(
    `#grid td[data-row="${c.row}"][data-col="${c.column}"]`,
  );
}

function a1(c: Cell): string {
  return `${letters(c.column)}${c.row}`;
}

// ---- drawing ---------------------------------------------------------------------------

function isEmpty(cell: CellView | undefined): boolean {
  return !cell || (!cell.text && !cell.checkbox);
}

/** The width text may use: its own column plus the empty ones after it, as Sheets lets it. */
function spillWidth(s: SheetView, row: number, column: number, hidden: Set<number>): number {
  let width = s.columnWidths[column - 1];
  const line = s.cells[row - 1];
  for (let c = column + 1; c <= Math.min(s.columns, column + MAX_SPILL_COLUMNS); c++) {
    if (hidden.has(c)) continue;
    if (!isEmpty(line[c - 1])) break;
    width += s.columnWidths[c - 1];
  }
  return width;
}

function fill(td: HTMLTableCellElement, cell: CellView, spill: number, own: number): void {
  if (cell.background) td.style.background = cell.background;
  if (cell.color) td.style.color = cell.color;
  if (cell.bold) td.style.fontWeight = 'bold';
  if (cell.italic) td.style.fontStyle = 'italic';
  const lines = [cell.underline && 'underline', cell.strike && 'line-through'].filter(Boolean);
  if (lines.length) td.style.textDecoration = lines.join(' ');
  if (cell.align) td.style.textAlign = cell.align;
  if (cell.wrap) td.classList.add('wrap');
  if (cell.note) {
    td.classList.add('has-note');
    td.title = cell.note;
  }
  if (cell.checkbox) {
    const box = el('input', {
      type: 'checkbox',
      checked: Boolean(cell.checked),
      tabIndex: -1,
      className: 'checkbox',
      attrs: { 'aria-label': `${td.dataset.ref} ${cell.checked ? 'checked' : 'unchecked'}` },
    });
    td.classList.add('has-checkbox');
    td.append(box);
    return;
  }
  const text = el('span', { className: 'text', textContent: cell.text ?? '' });
  if (spill > own) {
    // Drawn over the neighbours; `.spills .text` lets their clicks through (styles.css).
    td.classList.add('spills');
    text.style.width = `${spill - 7}px`;
  }
  td.append(text);
  if (cell.choices) {
    td.classList.add('has-choices');
    td.append(
      el('span', { className: 'dd-arrow', textContent: '▾', attrs: { 'aria-hidden': 'true' } }),
    );
  }
}

function render(s: SheetView): void {
  const table = $('grid') as HTMLTableElement;
  const hidden = new Set(s.hiddenColumns);
  const visible = Array.from({ length: s.columns }, (_, i) => i + 1).filter((c) => !hidden.has(c));
  const colgroup = el('colgroup', {}, el('col', { attrs: { style: `width:${ROW_HEAD}px` } }));
  for (const c of visible)
    colgroup.append(el('col', { attrs: { style: `width:${s.columnWidths[c - 1]}px` } }));
  // A fixed layout keeps the sheet's column widths only when the table's own width is set.
  table.style.width = `${ROW_HEAD + visible.reduce((sum, c) => sum + s.columnWidths[c - 1], 0)}px`;

  const head = el(
    'tr',
    {},
    el('th', { className: 'corner', attrs: { 'aria-label': 'Select all' } }),
  );
  for (const c of visible)
    head.append(
      el('th', {
        className: 'col-head',
        textContent: letters(c),
        attrs: { 'data-col': String(c) },
      }),
    );

  const body = el('tbody');
  for (let r = 1; r <= s.rows; r++) {
    const tr = el(
      'tr',
      {},
      el('th', { className: 'row-head', textContent: String(r), attrs: { 'data-row': String(r) } }),
    );
    if (r <= s.frozenRows) tr.classList.add('frozen');
    if (r === s.frozenRows) tr.classList.add('frozen-edge');
    for (const c of visible) {
      const cell = s.cells[r - 1][c - 1];
      const td = el('td', {
        attrs: { 'data-row': String(r), 'data-col': String(c), 'data-ref': `${letters(c)}${r}` },
      });
      if (c <= s.frozenColumns) td.classList.add('frozen-col');
      if (c === s.frozenColumns) td.classList.add('frozen-col-edge');
      const leftText =
        cell.text && !cell.wrap && !cell.choices && (cell.align ?? 'left') === 'left';
      const own = s.columnWidths[c - 1];
      fill(td, cell, leftText ? spillWidth(s, r, c, hidden) : own, own);
      tr.append(td);
    }
    body.append(tr);
  }
  table.replaceChildren(colgroup, el('thead', {}, head), body);
  stickFrozen(table, s, visible);
}

/** Frozen rows and columns stay put while the rest scrolls under them, as in Sheets. */
function stickFrozen(table: HTMLTableElement, s: SheetView, visible: number[]): void {
  const headHeight = table.tHead?.getBoundingClientRect().height ?? 0;
  let top = headHeight;
  const body = table.tBodies[0];
  for (let r = 1; r <= s.frozenRows && r <= body.rows.length; r++) {
    const tr = body.rows[r - 1];
    // Later cells of a frozen row are stacked lower, so text running on stays on top.
    Array.from(tr.cells).forEach((cell, i) => {
      cell.style.top = `${top}px`;
      // Frozen row numbers sit above the scrolling ones (60), under the column letters (70).
      cell.style.zIndex = String(cell.tagName === 'TH' ? 65 : 10 + (visible.length - i));
    });
    top += tr.getBoundingClientRect().height;
  }
  let left = ROW_HEAD;
  for (const c of visible.filter((v) => v <= s.frozenColumns)) {
    for (const td of Array.from(table.querySelectorAll<HTMLElement>(`td[data-col="${c}"]`))) {
      td.style.left = `${left}px`;
      if (!td.parentElement?.classList.contains('frozen')) td.style.zIndex = '40';
      else td.style.zIndex = '50';
    }
    left += s.columnWidths[c - 1];
  }
}

function paintSelection(): void {
  for (const node of Array.from(
    document.querySelectorAll('#grid .sel, #grid .in-range, #grid .hl'),
  ))
    node.classList.remove('sel', 'in-range', 'hl');
  const td = tdAt(sel);
  td?.classList.add('sel');
  const b = highlight;
  if (b) {
    for (let r = b.r1; r <= b.r2; r++)
      for (let c = b.c1; c <= b.c2; c++) tdAt({ row: r, column: c })?.classList.add('in-range');
  }
  const rows = b ? [b.r1, b.r2] : [sel.row, sel.row];
  const cols = b ? [b.c1, b.c2] : [sel.column, sel.column];
  for (const th of Array.from(document.querySelectorAll<HTMLElement>('#grid th[data-row]'))) {
    const r = Number(th.dataset.row);
    if (r >= rows[0] && r <= rows[1]) th.classList.add('hl');
  }
  for (const th of Array.from(document.querySelectorAll<HTMLElement>('#grid th[data-col]'))) {
    const c = Number(th.dataset.col);
    if (c >= cols[0] && c <= cols[1]) th.classList.add('hl');
  }
  $('cell-name').textContent =
    b && (b.r1 !== b.r2 || b.c1 !== b.c2)
      ? `${letters(b.c1)}${b.r1}:${letters(b.c2)}${b.r2}`
      : a1(sel);
  const cell = cellAt(sel);
  const formula = $('formula-input') as HTMLInputElement;
  if (document.activeElement !== formula) formula.value = cell?.input ?? cell?.text ?? '';
}

export function drawGrid(view: PreviewView): void {
  const next = view.sheet;
  // Another tab, or another spreadsheet (whose tab may have the same name).
  const elsewhere = !next || next.name !== sheet?.name || view.spreadsheetId !== file;
  file = view.spreadsheetId;
  if (elsewhere) {
    closeDropdown();
    cancelEdit();
  }
  if (!next) {
    sheet = null;
    $('grid').replaceChildren();
    return;
  }
  if (elsewhere) {
    sel = { row: 1, column: 1 };
    highlight = null;
  }
  sheet = next;
  // The add-on moved the selection (a sidebar link selects a step's row): follow it. The
  // page's own clicks come back in later states too, and are not followed again.
  const active = next.activeRange;
  const moved = view.selectionVersion !== followed;
  followed = view.selectionVersion;
  if (active && moved) {
    sel = { row: active!.row, column: active!.column };
    highlight =
      active!.numRows > 1 || active!.numColumns > 1
        ? {
            r1: active!.row,
            c1: active!.column,
            r2: active!.row + active!.numRows - 1,
            c2: Math.min(active!.column + active!.numColumns - 1, next.columns),
          }
        : null;
    queueMicrotask(() => tdAt(sel)?.scrollIntoView({ block: 'center', inline: 'nearest' }));
  }
  render(next);
  paintSelection();
  // Someone else's change (a sidebar call, the clock) must not throw away what is being typed,
  // nor close a list being chosen from.
  const open = editor;
  if (open) {
    const td = tdAt(open.cell);
    if (td) placeOver(open.input, td);
  }
  if (dropdown) {
    const td = tdAt(dropdown.cell);
    if (!td || !cellAt(dropdown.cell)?.choices) closeDropdown();
    else placeBelow(dropdown.list, td);
  }
  if (next.contentRows > next.rows)
    say(`Showing the first ${next.rows} of ${next.contentRows} rows; the add-on sees them all.`);
}

// ---- selection -------------------------------------------------------------------------

function select(c: Cell, options: { scroll?: boolean } = {}): void {
  if (!sheet) return;
  sel = {
    row: Math.min(Math.max(1, c.row), sheet.rows),
    column: Math.min(Math.max(1, c.column), sheet.columns),
  };
  highlight = null;
  paintSelection();
  if (options.scroll) tdAt(sel)?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  // The add-on may read the active cell; tell the server, without a redraw, once moves settle.
  clearTimeout(selectTimer);
  const name = sheet.name;
  const ref = a1(sel);
  const shown = file;
  selectTimer = setTimeout(
    () => attempt(() => post('/api/select', { sheet: name, a1: ref, file: shown })),
    120,
  );
}

function move(dr: number, dc: number): void {
  select({ row: sel.row + dr, column: sel.column + dc }, { scroll: true });
}

// ---- editing ---------------------------------------------------------------------------

async function commit(c: Cell, text: string): Promise<void> {
  if (!sheet) return;
  const name = sheet.name;
  const result = await post<RunResult>('/api/edit', { sheet: name, a1: a1(c), text });
  if (!result.ok) say(result.error?.message ?? 'The edit was not accepted', 'error');
  else if (result.warning) say(result.warning, 'error');
  else say(`${state()?.user} edited ${a1(c)}`);
}

function placeOver(node: HTMLElement, td: HTMLElement): void {
  const rect = td.getBoundingClientRect();
  node.style.left = `${rect.left - 1}px`;
  node.style.top = `${rect.top - 1}px`;
  node.style.minWidth = `${rect.width + 2}px`;
  node.style.height = `${rect.height + 2}px`;
}

function placeBelow(list: HTMLElement, td: HTMLElement): void {
  const rect = td.getBoundingClientRect();
  list.style.left = `${rect.left}px`;
  list.style.top = `${rect.bottom + 2}px`;
  list.style.minWidth = `${Math.max(rect.width, 140)}px`;
}

function startEdit(c: Cell, initial?: string): void {
  const td = tdAt(c);
  const cell = cellAt(c);
  if (!td || !cell) return;
  closeDropdown();
  cancelEdit();
  const original = cell.input ?? cell.text ?? '';
  const input = el('input', {
    className: 'cell-editor',
    value: initial ?? original,
    attrs: { 'aria-label': `Edit ${a1(c)}`, autocomplete: 'off', spellcheck: 'false' },
  });
  if (cell.date) input.placeholder = 'm/d/yyyy';
  placeOver(input, td);
  document.body.append(input);
  editor = { cell: c, input, done: false };
  const current = editor;
  const finish = (dr: number, dc: number) => {
    if (current.done) return;
    current.done = true;
    const text = input.value;
    input.remove();
    editor = null;
    move(dr, dc);
    wrap().focus({ preventScroll: true });
    if (text !== original) attempt(() => commit(c, text));
  };
  input.addEventListener('keydown', (e) => {
    e.stopPropagation();
    if (e.key === 'Enter') {
      e.preventDefault();
      finish(e.shiftKey ? -1 : 1, 0);
    } else if (e.key === 'Tab') {
      e.preventDefault();
      finish(0, e.shiftKey ? -1 : 1);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      cancelEdit();
      wrap().focus({ preventScroll: true });
    }
  });
  input.addEventListener('input', () => {
    ($('formula-input') as HTMLInputElement).value = input.value;
  });
  // Clicking elsewhere keeps what was typed, as in Sheets.
  input.addEventListener('blur', () => finish(0, 0));
  input.focus();
  const end = input.value.length;
  input.setSelectionRange(end, end);
}

function cancelEdit(): void {
  if (!editor) return;
  editor.done = true;
  editor.input.remove();
  editor = null;
  paintSelection();
}

function toggle(c: Cell): void {
  const cell = cellAt(c);
  if (!cell?.checkbox) return;
  // Show the new state at once, as Sheets does, so a second toggle before the server's answer
  // flips it back instead of sending the same value again.
  const next = !cell.checked;
  if (next) cell.checked = true;
  else delete cell.checked;
  const box = tdAt(c)?.querySelector<HTMLInputElement>('input.checkbox');
  if (box) box.checked = next;
  attempt(() => commit(c, next ? 'TRUE' : 'FALSE'));
}

// ---- dropdowns -------------------------------------------------------------------------

function openDropdown(c: Cell): void {
  const td = tdAt(c);
  const cell = cellAt(c);
  if (!td || !cell?.choices) return;
  cancelEdit();
  closeDropdown();
  const list = el('ul', {
    className: 'dd-list',
    attrs: { role: 'listbox', 'aria-label': `Choices for ${a1(c)}` },
  });
  cell.choices.forEach((choice, i) => {
    const option = el('li', {
      textContent: choice,
      attrs: {
        role: 'option',
        'aria-selected': String(choice === cell.text),
        'data-index': String(i),
      },
    });
    option.addEventListener('mousedown', (e) => {
      e.preventDefault();
      pick(i);
    });
    list.append(option);
  });
  placeBelow(list, td);
  document.body.append(list);
  dropdown = { cell: c, list, index: Math.max(0, cell.choices.indexOf(cell.text ?? '')) };
  markActive();
}

function markActive(): void {
  if (!dropdown) return;
  Array.from(dropdown.list.children).forEach((li, i) =>
    li.classList.toggle('active', i === dropdown!.index),
  );
  dropdown.list.children[dropdown.index]?.scrollIntoView({ block: 'nearest' });
}

function pick(index: number): void {
  if (!dropdown) return;
  const c = dropdown.cell;
  const choice = cellAt(c)?.choices?.[index];
  closeDropdown();
  if (choice !== undefined && choice !== cellAt(c)?.text) attempt(() => commit(c, choice));
}

function closeDropdown(): void {
  dropdown?.list.remove();
  dropdown = null;
}

function dropdownKey(e: KeyboardEvent): boolean {
  if (!dropdown) return false;
  const count = dropdown.list.children.length;
  if (e.key === 'ArrowDown') dropdown.index = (dropdown.index + 1) % count;
  else if (e.key === 'ArrowUp') dropdown.index = (dropdown.index - 1 + count) % count;
  else if (e.key === 'Enter' || e.key === 'Tab') pick(dropdown.index);
  else if (e.key === 'Escape') closeDropdown();
  else return false;
  markActive();
  return true;
}

// ---- events ----------------------------------------------------------------------------

function cellOf(target: EventTarget | null): Cell | null {
  const td = (target as HTMLElement | null)?.closest?.('#grid td') as HTMLElement | null;
  if (!td) return null;
  return { row: Number(td.dataset.row), column: Number(td.dataset.col) };
}

function onKey(e: KeyboardEvent): void {
  if (!sheet || editor) return;
  if (dropdownKey(e)) {
    e.preventDefault();
    return;
  }
  const cell = cellAt(sel);
  const arrows: Record<string, [number, number]> = {
    ArrowUp: [-1, 0],
    ArrowDown: [1, 0],
    ArrowLeft: [0, -1],
    ArrowRight: [0, 1],
  };
  if (e.altKey && e.key === 'ArrowDown' && cell?.choices) openDropdown(sel);
  else if (arrows[e.key]) move(...arrows[e.key]);
  else if (e.key === 'Tab') move(0, e.shiftKey ? -1 : 1);
  else if (e.key === 'Enter' && e.shiftKey) move(-1, 0);
  else if (e.key === 'Enter' || e.key === 'F2') {
    if (cell?.checkbox) toggle(sel);
    else if (cell?.choices && e.key === 'Enter') openDropdown(sel);
    else startEdit(sel);
  } else if (e.key === ' ' && cell?.checkbox) toggle(sel);
  else if (e.key === 'Delete' || e.key === 'Backspace') {
    const c = sel;
    if (cell?.checkbox) {
      if (cell.checked) attempt(() => commit(c, 'FALSE'));
    } else if (cell?.text) attempt(() => commit(c, ''));
  } else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
    // Typing on a cell replaces its content, as in Sheets.
    startEdit(sel, e.key);
  } else return;
  e.preventDefault();
}

export function wireGrid(): void {
  const grid = $('grid');
  grid.addEventListener('mousedown', (e) => {
    const c = cellOf(e.target);
    if (!c) return;
    e.preventDefault();
    wrap().focus({ preventScroll: true });
    const target = e.target as HTMLElement;
    select(c);
    if (target.classList.contains('checkbox')) toggle(c);
    else if (target.classList.contains('dd-arrow')) openDropdown(c);
  });
  // The checkbox's own click would toggle it a second time; the mousedown above already did.
  grid.addEventListener('click', (e) => {
    if ((e.target as HTMLElement).classList.contains('checkbox')) e.preventDefault();
  });
  grid.addEventListener('dblclick', (e) => {
    const c = cellOf(e.target);
    const cell = c && cellAt(c);
    if (!c || !cell || cell.checkbox) return;
    if (cell.choices) openDropdown(c);
    else startEdit(c);
  });
  wrap().addEventListener('keydown', onKey);
  // Selecting a cell can scroll the grid a frame later, after a list has opened: keep open
  // lists and editors on their cell rather than closing them under the user.
  wrap().addEventListener('scroll', () => {
    if (dropdown) {
      const td = tdAt(dropdown.cell);
      if (td) placeBelow(dropdown.list, td);
    }
    if (editor) {
      const td = tdAt(editor.cell);
      if (td) placeOver(editor.input, td);
    }
  });
  document.addEventListener('mousedown', (e) => {
    if (dropdown && !dropdown.list.contains(e.target as Node)) closeDropdown();
  });

  const formula = $('formula-input') as HTMLInputElement;
  formula.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      const c = sel;
      const text = formula.value;
      move(1, 0);
      wrap().focus({ preventScroll: true });
      attempt(() => commit(c, text));
    } else if (e.key === 'Escape') {
      paintSelection();
      wrap().focus({ preventScroll: true });
    }
  });
  formula.addEventListener('blur', () => paintSelection());
}
