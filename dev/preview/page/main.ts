// The preview page: draws the emulated spreadsheet and lets a person act on it. Every action is
// one POST; the server answers with the new state, which is drawn again.
import type { PreviewView } from '../session';
import type { CellView, SheetView } from '../view';

let state: PreviewView | null = null;
let selected: { row: number; column: number } | null = null;
let openMail = -1;
let sidebarVersion = -1;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

function letters(column: number): string {
  let s = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function say(message: string, isError = false): void {
  const status = $('status');
  status.textContent = message;
  status.classList.toggle('error', isError);
}

async function post(path: string, body: unknown): Promise<unknown> {
  const response = await fetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const answer = (await response.json()) as {
    result?: unknown;
    state?: PreviewView;
    error?: string;
  };
  if (answer.error) throw new Error(answer.error);
  if (answer.state) draw(answer.state);
  return answer.result;
}

async function refresh(): Promise<void> {
  const response = await fetch('/api/state');
  draw((await response.json()) as PreviewView);
}

function activeSheet(): SheetView | undefined {
  return state?.sheets.find((s) => s.name === state?.activeSheet) ?? state?.sheets[0];
}

function quoteSheet(name: string): string {
  return /^[A-Za-z0-9_]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

async function commitEdit(
  sheet: SheetView,
  row: number,
  column: number,
  text: string,
): Promise<void> {
  const ref = `${quoteSheet(sheet.name)}!${letters(column)}${row}`;
  try {
    const result = (await post('/api/edit', { ref, text })) as {
      ok: boolean;
      value?: string;
      error?: { message: string };
    };
    if (!result.ok) say(result.error?.message ?? 'The edit was rejected', true);
    else say(result.value ?? `${state?.user} edited ${letters(column)}${row}`);
  } catch (error) {
    say((error as Error).message, true);
  }
}

function startEdit(
  td: HTMLTableCellElement,
  sheet: SheetView,
  row: number,
  column: number,
  initial?: string,
): void {
  const cell = sheet.cells[row - 1][column - 1];
  td.classList.add('editing');
  td.textContent = '';
  let input: HTMLInputElement | HTMLSelectElement;
  if (cell.choices) {
    input = el(
      'select',
      { ariaLabel: `${letters(column)}${row}` },
      el('option', { value: '', textContent: '' }),
      ...cell.choices.map((c) => el('option', { value: c, textContent: c })),
    );
    input.value = cell.text;
    input.addEventListener('change', () => void commitEdit(sheet, row, column, input.value));
  } else {
    input = el('input', {
      value: initial ?? cell.formula ?? cell.text,
      ariaLabel: `${letters(column)}${row}`,
    });
    input.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') void commitEdit(sheet, row, column, input.value);
      if (e.key === 'Escape') drawGrid();
    });
  }
  input.addEventListener('blur', () => setTimeout(drawGrid, 150));
  td.append(input);
  input.focus();
}

function drawCell(td: HTMLTableCellElement, cell: CellView): void {
  if (cell.checkbox) {
    const box = el('input', { type: 'checkbox', checked: cell.checked });
    box.tabIndex = -1;
    td.append(box);
  } else td.textContent = cell.text;
  if (cell.choices) td.classList.add('has-choices');
  if (cell.background) td.style.background = cell.background;
  if (cell.color) td.style.color = cell.color;
  if (cell.bold) td.style.fontWeight = 'bold';
  if (cell.italic) td.style.fontStyle = 'italic';
  if (cell.strike) td.style.textDecoration = 'line-through';
  if (/^-?[\d.,%$]+$/.test(cell.text)) td.style.textAlign = 'right';
}

function activeRow(): number | null {
  const match = /!([A-Z]+)?(\d+)/.exec(state?.activeRange ?? '');
  if (!match || !state?.activeRange?.startsWith(`${state.activeSheet}!`)) return null;
  return Number(match[2]);
}

function col(width: number): HTMLTableColElement {
  const c = el('col');
  c.style.width = `${width}px`;
  return c;
}

function drawGrid(): void {
  const sheet = activeSheet();
  const grid = $('grid') as HTMLTableElement;
  grid.replaceChildren();
  if (!sheet) return;
  const colgroup = el('colgroup', {}, col(46));
  sheet.columnWidths.forEach((w) => colgroup.append(col(w)));
  grid.append(colgroup);
  // A fixed layout only keeps the sheet's column widths when the table's own width is set.
  grid.style.width = `${46 + sheet.columnWidths.reduce((a, b) => a + b, 0)}px`;
  const head = el('tr', {}, el('th', { className: 'corner row-head' }));
  for (let c = 1; c <= sheet.columns; c++) head.append(el('th', { textContent: letters(c) }));
  grid.append(el('thead', {}, head));
  const body = el('tbody');
  const highlighted = activeRow();
  for (let r = 1; r <= sheet.rows; r++) {
    const tr = el('tr', { className: r === sheet.frozenRows ? 'frozen-edge' : '' });
    tr.append(el('th', { className: 'row-head', textContent: String(r) }));
    for (let c = 1; c <= sheet.columns; c++) {
      const cell = sheet.cells[r - 1][c - 1];
      const td = el('td');
      td.dataset.ref = `${letters(c)}${r}`;
      drawCell(td, cell);
      // As in Sheets, text runs on over empty cells to its right.
      if (cell.text && !cell.choices && !sheet.cells[r - 1][c]?.text) td.classList.add('spills');
      if (highlighted === r) td.classList.add('active-row');
      if (selected?.row === r && selected.column === c) td.classList.add('selected');
      td.addEventListener('click', () => {
        selected = { row: r, column: c };
        $('cell-name').textContent = `${letters(c)}${r}`;
        $('cell-content').textContent = cell.formula ?? cell.text;
        if (cell.checkbox) void commitEdit(sheet, r, c, cell.checked ? 'FALSE' : 'TRUE');
        else if (cell.choices) startEdit(td, sheet, r, c);
        else drawSelection();
      });
      td.addEventListener('dblclick', () => !cell.checkbox && startEdit(td, sheet, r, c));
      tr.append(td);
    }
    body.append(tr);
  }
  grid.append(body);
  if (sheet.totalRows > sheet.rows) say(`Showing ${sheet.rows} of ${sheet.totalRows} rows.`);
}

function drawSelection(): void {
  document.querySelectorAll('#grid td.selected').forEach((td) => td.classList.remove('selected'));
  if (!selected) return;
  document
    .querySelector(`#grid td[data-ref="${letters(selected.column)}${selected.row}"]`)
    ?.classList.add('selected');
}

function drawMenu(): void {
  const menu = $('extensions-menu');
  menu.replaceChildren();
  if (!state) return;
  if (!state.hasAddOn) {
    menu.append(
      el('div', {
        className: 'empty',
        textContent: `${state.user} does not have the add-on: only its owner's edit trigger sees their edits.`,
      }),
    );
    return;
  }
  menu.append(el('div', { className: 'submenu-title', textContent: 'Mutual Action Plan' }));
  for (const item of state.menu) {
    const button = el('button', {
      type: 'button',
      textContent: item.caption,
      role: 'menuitem',
    } as Partial<HTMLButtonElement>);
    button.addEventListener('click', async () => {
      closeMenu();
      say(`Running ${item.caption}…`);
      const result = (await post('/api/menu', { functionName: item.functionName })) as {
        ok: boolean;
        error?: { message: string };
      };
      say(result.ok ? `${item.caption}: done` : (result.error?.message ?? 'Failed'), !result.ok);
    });
    menu.append(button);
  }
}

function closeMenu(): void {
  $('extensions-menu').hidden = true;
  $('extensions').setAttribute('aria-expanded', 'false');
}

function drawSidebar(): void {
  const aside = $('sidebar');
  const sidebar = state?.sidebar;
  aside.hidden = !sidebar;
  if (!sidebar) {
    sidebarVersion = -1;
    return;
  }
  $('sidebar-title').textContent = sidebar.title;
  if (sidebar.version !== sidebarVersion) {
    sidebarVersion = sidebar.version;
    ($('sidebar-frame') as HTMLIFrameElement).src = `/sidebar?v=${sidebar.version}`;
  }
}

function drawOutbox(): void {
  const list = $('outbox-list');
  list.replaceChildren();
  const mails = state?.outbox ?? [];
  $('outbox-count').textContent = `(${mails.length})`;
  mails.forEach((mail, i) => {
    const button = el(
      'button',
      { type: 'button' },
      el('div', { textContent: mail.subject }),
      el('div', {
        className: 'meta',
        textContent: `${new Date(mail.sentAt).toLocaleString()} → ${mail.to.join(', ')}`,
      }),
    );
    if (i === openMail) button.setAttribute('aria-current', 'true');
    button.addEventListener('click', () => {
      openMail = i;
      drawOutbox();
    });
    list.prepend(el('li', {}, button));
  });
  const mail = mails[openMail];
  $('mail-head').textContent = mail
    ? `From ${mail.from}${mail.replyTo ? ` (reply to ${mail.replyTo})` : ''} to ${mail.to.join(', ')}: ${mail.subject}`
    : 'Choose an email to see it as the recipient does.';
  const frame = $('mail-frame') as HTMLIFrameElement;
  // sandbox="" on the frame: the email's HTML is shown, never run.
  frame.srcdoc = mail
    ? (mail.htmlBody ?? `<pre>${mail.body.replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`)}</pre>`)
    : '';
}

function drawTabs(): void {
  const tabs = $('tabs');
  tabs.replaceChildren();
  for (const sheet of state?.sheets ?? []) {
    const tab = el('button', {
      type: 'button',
      role: 'tab',
      textContent: sheet.name,
    } as Partial<HTMLButtonElement>);
    tab.setAttribute('aria-selected', String(sheet.name === state?.activeSheet));
    tab.addEventListener('click', () => {
      selected = null;
      void post('/api/sheet', { name: sheet.name });
    });
    tabs.append(tab);
  }
}

function localInputValue(iso: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '00';
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}`;
}

function draw(next: PreviewView): void {
  state = next;
  $('doc-name').textContent = next.spreadsheetName;
  const user = $('user') as HTMLSelectElement;
  user.replaceChildren(
    ...next.users.map((u) =>
      el('option', {
        value: u,
        textContent: u === next.owner ? `${u} (owner, has the add-on)` : `${u} (prospect)`,
      }),
    ),
  );
  user.value = next.user;
  const now = $('now') as HTMLInputElement;
  if (document.activeElement !== now) now.value = localInputValue(next.now, next.timeZone);
  $('zone').textContent = next.timeZone;
  drawMenu();
  drawTabs();
  drawGrid();
  drawSidebar();
  drawOutbox();
}

function wire(): void {
  $('extensions').addEventListener('click', () => {
    const menu = $('extensions-menu');
    menu.hidden = !menu.hidden;
    $('extensions').setAttribute('aria-expanded', String(!menu.hidden));
  });
  $('user').addEventListener(
    'change',
    () => void post('/api/user', { user: ($('user') as HTMLSelectElement).value }),
  );
  $('set-now').addEventListener('click', () => {
    const value = ($('now') as HTMLInputElement).value;
    if (value) void post('/api/clock', { now: value }).then(() => say(`Clock set to ${value}`));
  });
  const advance = (by: string, label: string) => async () => {
    const before = state?.outbox.length ?? 0;
    await post('/api/clock', { advance: by });
    const sent = (state?.outbox.length ?? 0) - before;
    say(`${label}${sent ? `; ${sent} email${sent === 1 ? '' : 's'} sent` : ''}`);
  };
  $('plus-day').addEventListener('click', advance('1d', 'A day passed'));
  $('plus-week').addEventListener('click', advance('7d', 'A week passed'));
  $('reset').addEventListener('click', () => {
    if (confirm('Start again with an empty spreadsheet?')) void post('/api/reset', {});
  });
  $('close-sidebar').addEventListener('click', () => void post('/api/close-sidebar', {}));
  window.addEventListener('message', (event) => {
    if (event.origin !== location.origin) return;
    if (event.data?.type === 'map-preview:changed') void refresh();
    if (event.data?.type === 'map-preview:close-sidebar') void post('/api/close-sidebar', {});
  });
  document.addEventListener('keydown', (e) => {
    const sheet = activeSheet();
    if (
      !selected ||
      !sheet ||
      (e.target as HTMLElement).tagName === 'INPUT' ||
      (e.target as HTMLElement).tagName === 'SELECT'
    )
      return;
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
    };
    if (moves[e.key]) {
      selected = {
        row: Math.max(1, selected.row + moves[e.key][0]),
        column: Math.max(1, selected.column + moves[e.key][1]),
      };
      drawSelection();
      e.preventDefault();
    } else if (e.key === 'Enter' || e.key.length === 1) {
      const td = document.querySelector<HTMLTableCellElement>(
        `#grid td[data-ref="${letters(selected.column)}${selected.row}"]`,
      );
      if (td) {
        startEdit(td, sheet, selected.row, selected.column, e.key.length === 1 ? e.key : undefined);
        e.preventDefault();
      }
    }
  });
}

wire();
void refresh();
