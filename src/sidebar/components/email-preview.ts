// Shows the emails the digest would send. The HTML is the server's rendering of sheet data a
// prospect can edit, so it goes into an iframe with sandbox="" (no script, no forms, no
// navigation, opaque origin) via srcdoc, never into this page.
import type { DigestEmailJson } from '../../shared/api';
import { el, replaceChildren } from '../dom';
import { plural } from '../format';
import { button, field, select } from './field';

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

export function emailPreview(emails: DigestEmailJson[], onClose: () => void): HTMLElement {
  const root = el('section', {
    className: 'card email-preview',
    attrs: {
      'aria-labelledby': 'email-preview-title',
      'data-focus': 'email-preview',
      tabindex: '-1',
    },
  });
  const head = el('div', { className: 'summary__head' }, [
    el('h3', { id: 'email-preview-title', className: 'section-title' }, ['Preview']),
    button('Close preview', { kind: 'link', focus: 'close-preview', onClick: onClose }),
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
    replaceChildren(body, [
      el('dl', { className: 'meta' }, [
        el('dt', {}, ['To']),
        el('dd', {}, [email.to]),
        el('dt', {}, ['Subject']),
        el('dd', { className: 'email-preview__subject' }, [email.subject]),
      ]),
      viewport,
      el('p', { className: 'field__hint' }, [
        'Shown as on a phone, scaled to fit. Scroll inside the email to read it all.',
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
