// Check and send: preview the emails (each as its recipient would see it), send a test to
// oneself, send to everyone now (after a confirmation); and what was sent before.
import { cleanLine, escapeHtml, plural } from '../../core/text';
import type { DigestEmailJson, DigestStateJson, SidebarState } from '../../shared/api';
import { call, runAction } from '../api';
import { button, field, select } from '../controls';
import { el, replaceChildren } from '../dom';
import { sheetText } from '../sheet-text';
import {
  canManage,
  historyLine,
  sendNowPlan,
  sendReportSummary,
  testReportSummary,
} from '../wording';
import type { DigestHost } from './screen';

export function sendingCard(
  digest: DigestStateJson,
  state: SidebarState,
  host: DigestHost,
): HTMLElement {
  const previewSlot = el('div', { className: 'preview-slot' });
  const previewButton = button('Preview', {
    kind: 'secondary',
    focus: 'digest-preview',
    onClick: () =>
      void runAction(
        previewButton,
        {
          progress: 'Preparing the preview…',
          busyLabel: 'Preparing…',
          success: (emails) =>
            emails.length
              ? `Preview ready: ${plural(emails.length, 'email')} would be sent now.`
              : { tone: 'info', text: 'No email would be sent now: nobody is set to receive it.' },
          failure: 'Could not preview the weekly email.',
        },
        () => call('previewWeeklyDigest'),
      ).then((outcome) => {
        if (!outcome.ok) return;
        const panel = emailPreview(outcome.value, () => {
          replaceChildren(previewSlot, []);
          previewButton.focus();
        });
        replaceChildren(previewSlot, [panel]);
        panel.focus();
      }),
  });
  const testButton = button('Send a test to me', {
    kind: 'secondary',
    focus: 'digest-test',
    onClick: () =>
      void runAction(
        testButton,
        {
          progress: `Sending a test email to ${state.user}…`,
          busyLabel: 'Sending…',
          success: testReportSummary,
          failure: 'Could not send the test email.',
        },
        () => call('sendTestDigestToMe'),
      ),
  });
  const confirmSlot = el('div', { className: 'confirm-slot' });
  // Mailing everyone acts on the schedule owner's account, so only they are offered it.
  const sendNow = canManage(digest) ? sendNowButton(digest, confirmSlot, host) : null;

  return el('section', { className: 'card', attrs: { 'aria-labelledby': 'sending-title' } }, [
    el('h3', { id: 'sending-title', className: 'section-title' }, ['Check and send']),
    el('div', { className: 'button-row' }, [previewButton, testButton, sendNow]),
    confirmSlot,
    previewSlot,
  ]);
}

/**
 * "Send now…", which asks first (in `slot`) how many people will really be mailed, or says
 * why nobody would be and offers no send.
 */
function sendNowButton(
  digest: DigestStateJson,
  slot: HTMLElement,
  host: DigestHost,
): HTMLButtonElement {
  const plan = sendNowPlan(digest);
  const send = (target: HTMLButtonElement) =>
    void runAction(
      target,
      {
        progress: 'Sending the weekly email now…',
        busyLabel: 'Sending…',
        success: sendReportSummary,
        failure: 'Could not send the weekly email.',
      },
      () => call('sendWeeklyDigestNow'),
    ).then(async (outcome) => {
      replaceChildren(slot, []);
      // "Last sent" and the log changed on the server; the message already says how it went.
      if (outcome.ok) await host.reload();
    });
  const close = () => {
    replaceChildren(slot, []);
    ask.focus();
  };
  const ask: HTMLButtonElement = button('Send now…', {
    kind: 'secondary',
    focus: 'digest-send',
    onClick: () => {
      const confirm: HTMLButtonElement | null = plan.nobody
        ? null
        : button(`Send to ${plural(plan.count, 'recipient')}`, {
            kind: 'primary',
            focus: 'digest-send-confirm',
            onClick: () => send(confirm!),
          });
      const dismiss = button(plan.nobody ? 'Close' : 'Cancel', {
        kind: 'secondary',
        focus: 'digest-send-cancel',
        onClick: close,
      });
      replaceChildren(slot, [
        el(
          'div',
          {
            className: `callout ${plan.nobody ? 'callout--warn' : 'callout--info'}`,
            attrs: { role: 'group', 'aria-label': 'Confirm sending', 'data-in-use': true },
          },
          [
            el('p', {}, [
              plan.nobody ??
                `Email ${plural(plan.count, 'recipient')} now from your account? Addresses waiting for approval are skipped.`,
            ]),
            el('div', { className: 'button-row' }, [confirm, dismiss]),
          ],
        ),
      ]);
      (confirm ?? dismiss).focus();
    },
  });
  return ask;
}

/** What earlier runs did: who was sent (names on request), then what failed or was skipped. */
export function sendHistory(digest: DigestStateJson, state: SidebarState): HTMLElement | null {
  if (!digest.log.length) return null;
  const names = new Map(digest.recipients.map((r) => [r.email.toLowerCase(), r.name]));
  const nameOf = (email: string) =>
    sheetText(names.get(email.toLowerCase()) || email, { blank: email, unreadable: email });
  return el('details', { className: 'history' }, [
    el('summary', {}, [`Send history (${digest.log.length})`]),
    el(
      'ul',
      { className: 'history__list' },
      digest.log.map((entry) =>
        el('li', {}, [
          el('details', { className: 'history__entry' }, [
            el('summary', {}, [historyLine(entry, state.timeZone, state.today)]),
            el(
              'ul',
              { className: 'history__names' },
              entry.sent.length
                ? entry.sent.map((email) => el('li', {}, [nameOf(email)]))
                : [el('li', {}, ['Nobody was sent this one.'])],
            ),
            entry.failed.length
              ? el(
                  'ul',
                  { className: 'history__names history__failed' },
                  entry.failed.map((f) =>
                    el('li', {}, [nameOf(f.email), ` failed: ${cleanLine(f.error)}`]),
                  ),
                )
              : null,
          ]),
        ]),
      ),
    ),
  ]);
}

// The preview itself. The HTML is the server's rendering of sheet data a prospect can edit, so
// it goes into an iframe with sandbox="" (no script, no forms, no navigation, opaque origin)
// via srcdoc, never into this page.

/**
 * Emails are laid out for a phone or wider; squeezed into the sidebar's 230 px they break into
 * one word per line. So the frame is laid out at a phone's width and scaled down to fit.
 */
const PHONE_WIDTH = 320;
/** The visible height of the preview, in the sidebar's pixels. */
const VIEW_HEIGHT = 420;

function fitToWidth(viewport: HTMLElement, frame: HTMLIFrameElement): void {
  const fit = () => {
    const width = viewport.clientWidth;
    if (!width) return;
    const scale = Math.min(1, width / PHONE_WIDTH);
    frame.style.transform = `scale(${scale})`;
    frame.style.height = `${Math.round(VIEW_HEIGHT / scale)}px`;
  };
  new ResizeObserver(fit).observe(viewport);
}

/**
 * The email alone in a page of its own, for "Open full size": the email still sits in a
 * sandboxed frame (no script, opaque origin), and the page around it may load nothing at all.
 */
function fullSizePage(email: DigestEmailJson): string {
  return [
    '<!doctype html><html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src https: data:">`,
    `<title>${escapeHtml(email.subject)}</title>`,
    '<style>html,body{margin:0;height:100%}iframe{display:block;width:100%;height:100%;border:0}</style>',
    '</head><body>',
    `<iframe sandbox="" referrerpolicy="no-referrer" title="${escapeHtml(`Weekly email to ${email.to}`)}" srcdoc="${escapeHtml(email.htmlBody)}"></iframe>`,
    '</body></html>',
  ].join('');
}

function emailPreview(emails: DigestEmailJson[], onClose: () => void): HTMLElement {
  // Open and read: a reload of the sidebar would close it under the reader.
  const root = el('section', {
    className: 'card email-preview',
    attrs: {
      'aria-labelledby': 'email-preview-title',
      'data-focus': 'email-preview',
      'data-in-use': true,
      tabindex: '-1',
    },
  });
  let pageUrl: string | null = null;
  const release = () => {
    if (pageUrl) URL.revokeObjectURL(pageUrl);
    pageUrl = null;
  };
  const head = el('div', { className: 'summary__head' }, [
    el('h3', { id: 'email-preview-title', className: 'section-title' }, ['Preview']),
    button('Close preview', {
      kind: 'link',
      focus: 'close-preview',
      onClick: () => {
        release();
        onClose();
      },
    }),
  ]);
  if (!emails.length) {
    replaceChildren(root, [
      head,
      el('p', { className: 'muted' }, ['No email would be sent now: nobody is set to receive it.']),
    ]);
    return root;
  }
  const body = el('div', { className: 'email-preview__body' });
  const show = (email: DigestEmailJson) => {
    const frame = el('iframe', {
      className: 'email-preview__frame',
      // sandbox must be in place before srcdoc is set, or the document could load unsandboxed.
      attrs: { sandbox: '', title: `Weekly email to ${email.to}`, referrerpolicy: 'no-referrer' },
    });
    frame.srcdoc = email.htmlBody;
    const viewport = el('div', { className: 'email-preview__viewport' }, [frame]);
    fitToWidth(viewport, frame);
    release();
    pageUrl = URL.createObjectURL(new Blob([fullSizePage(email)], { type: 'text/html' }));
    replaceChildren(body, [
      el('dl', { className: 'meta' }, [
        el('dt', {}, ['To']),
        el('dd', {}, [el('bdi', {}, [cleanLine(email.to)])]),
        el('dt', {}, ['Subject']),
        el('dd', { className: 'email-preview__subject' }, [
          el('bdi', {}, [cleanLine(email.subject)]),
        ]),
      ]),
      viewport,
      el('p', { className: 'field__hint' }, [
        'Shown as on a phone, scaled to fit; scroll inside it to read it all. ',
        el(
          'a',
          {
            className: 'email-preview__full',
            attrs: { href: pageUrl, target: '_blank', rel: 'noopener noreferrer' },
          },
          ['Open full size'],
        ),
      ]),
    ]);
  };
  const picker =
    emails.length > 1
      ? field(
          select(
            emails.map((email, index) => ({ value: String(index), label: email.to })),
            '0',
          ),
          { label: `Recipient (${plural(emails.length, 'email')})`, name: 'preview-recipient' },
        )
      : null;
  picker?.control.addEventListener('change', () => show(emails[Number(picker.control.value)]));
  show(emails[0]);
  replaceChildren(root, [head, picker?.root, body]);
  return root;
}
