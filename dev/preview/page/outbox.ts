// The outbox: every email the add-on sent, newest first, grouped by the day it went out, each
// shown as its recipient sees it. The HTML is put in a frame with an empty sandbox: shown,
// never run, and unable to reach this page.
import type { MailView, PreviewView } from '../session';
import { $, el, wallTime } from './dom';

let open = -1;
let seen = -1;
let format: 'html' | 'text' = 'html';
let latest: PreviewView | null = null;
let drawn = '';

function escape(text: string): string {
  return text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

function textDocument(body: string): string {
  return `<!doctype html><meta charset="utf-8"><pre style="white-space:pre-wrap;font:13px/1.45 ui-monospace,Menlo,Consolas,monospace;margin:16px">${escape(body)}</pre>`;
}

function sender(mail: MailView): string {
  return mail.name ? `${mail.name} <${mail.from}>` : mail.from;
}

function drawMail(view: PreviewView): void {
  const mail = view.outbox[open];
  const head = $('mail-head');
  const frame = $('mail-frame') as HTMLIFrameElement;
  if (!mail) {
    head.replaceChildren(
      el('p', {
        className: 'muted',
        textContent:
          'No email yet. The weekly email goes out when its hour comes round: move the clock on.',
      }),
    );
    if (frame.srcdoc) frame.srcdoc = '';
    return;
  }
  const line = (label: string, value: string) =>
    el('div', {}, el('span', { className: 'label', textContent: label }), value);
  head.replaceChildren(
    ...[
      el('h3', { textContent: mail.subject }),
      line('From', sender(mail)),
      line('To', mail.to.join(', ')),
      mail.cc.length ? line('Cc', mail.cc.join(', ')) : null,
      mail.replyTo ? line('Reply to', mail.replyTo) : null,
      line('Sent', wallTime(mail.sentAt, view.timeZone, { timeZoneName: 'short' })),
    ].filter((node): node is HTMLDivElement => node !== null),
  );
  for (const button of Array.from(
    document.querySelectorAll<HTMLButtonElement>('#mail-format button'),
  ))
    button.setAttribute('aria-pressed', String(button.value === format));
  $('mail-format').hidden = !mail.htmlBody;
  const doc = format === 'html' && mail.htmlBody ? mail.htmlBody : textDocument(mail.body);
  // Setting srcdoc reloads the frame: only when the email shown changes.
  if (frame.srcdoc !== doc) frame.srcdoc = doc;
}

function dayOf(iso: string, timeZone: string): string {
  return wallTime(iso, timeZone, { weekday: 'long', hour: undefined, minute: undefined });
}

export function drawOutbox(view: PreviewView): void {
  latest = view;
  const mails = view.outbox;
  const count = $('outbox-count');
  count.textContent = String(mails.length);
  // New mail since the person last looked lights the button up.
  if (seen < 0) seen = mails.length;
  const panelOpen = !$('outbox').hidden;
  if (panelOpen) seen = mails.length;
  $('outbox-toggle').classList.toggle('fresh', mails.length > seen);
  if (open >= mails.length || open < 0) open = mails.length - 1;
  // Every action redraws the page; the list (and its scroll position) only when it changed.
  const signature = `${mails.length}:${open}:${format}:${view.timeZone}`;
  if (signature === drawn) return;
  drawn = signature;

  const list = $('outbox-list');
  list.replaceChildren();
  let day = '';
  for (let i = mails.length - 1; i >= 0; i--) {
    const mail = mails[i];
    const thisDay = dayOf(mail.sentAt, view.timeZone);
    if (thisDay !== day) {
      day = thisDay;
      list.append(el('li', { className: 'day', textContent: thisDay }));
    }
    const button = el(
      'button',
      { type: 'button', attrs: { 'data-index': String(i) } },
      el('div', { className: 'to', textContent: mail.to.join(', ') }),
      el('div', { className: 'subject', textContent: mail.subject }),
      el('div', {
        className: 'meta',
        textContent: wallTime(mail.sentAt, view.timeZone, { weekday: undefined, year: undefined }),
      }),
    );
    if (i === open) button.setAttribute('aria-current', 'true');
    button.addEventListener('click', () => {
      open = i;
      drawOutbox(view);
    });
    list.append(el('li', {}, button));
  }
  drawMail(view);
}

export function showOutbox(show: boolean): void {
  $('outbox').hidden = !show;
  $('outbox-toggle').setAttribute('aria-expanded', String(show));
  if (show && latest) {
    open = latest.outbox.length - 1;
    drawOutbox(latest);
  }
}

export function wireOutbox(): void {
  $('outbox-toggle').addEventListener('click', () => showOutbox(Boolean($('outbox').hidden)));
  $('outbox-close').addEventListener('click', () => showOutbox(false));
  for (const button of Array.from(
    document.querySelectorAll<HTMLButtonElement>('#mail-format button'),
  )) {
    button.addEventListener('click', () => {
      format = button.value === 'text' ? 'text' : 'html';
      if (latest) drawMail(latest);
    });
  }
}
