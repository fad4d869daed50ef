// What the add-on showed outside the sidebar: Ui alerts (a dialog, as Sheets shows them) and
// spreadsheet toasts (a note in the corner that goes away). The emulator already answered each
// alert with its first button, as the script saw it; the dialog shows what the person would read.
import type { Notice, PreviewView } from '../session';
import { $, el } from './dom';

let lastSeen: number | null = null;
const queue: Notice[] = [];

function showNextAlert(): void {
  const dialog = $('alert') as HTMLDialogElement;
  if (dialog.open) return;
  const next = queue.shift();
  if (!next) return;
  $('alert-title').textContent = next.title || 'Alert';
  $('alert-message').textContent = next.message;
  dialog.showModal();
}

function toast(notice: Notice): void {
  const card = el(
    'div',
    { className: 'toast', attrs: { role: 'status' } },
    notice.title ? el('strong', { textContent: notice.title }) : null,
    el('div', { textContent: notice.message }),
  );
  $('toasts').append(card);
  // Sheets keeps a toast up for its timeout (5 s by default; a negative one stays until closed).
  const seconds = notice.seconds === undefined ? 5 : notice.seconds;
  if (seconds >= 0) setTimeout(() => card.remove(), Math.max(seconds, 2) * 1000);
  card.addEventListener('click', () => card.remove());
}

export function drawNotices(view: PreviewView): void {
  const newest = view.notices.reduce((max, n) => Math.max(max, n.id), 0);
  // What happened before the page loaded is not replayed.
  if (lastSeen === null) {
    lastSeen = newest;
    return;
  }
  for (const notice of view.notices) {
    if (notice.id <= lastSeen) continue;
    if (notice.kind === 'alert') queue.push(notice);
    else toast(notice);
  }
  lastSeen = Math.max(lastSeen, newest);
  showNextAlert();
}

export function wireNotices(): void {
  const dialog = $('alert') as HTMLDialogElement;
  dialog.addEventListener('close', () => setTimeout(showNextAlert));
}
