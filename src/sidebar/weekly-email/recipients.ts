// Who gets the weekly email: every ticked stakeholder with their state (will receive, waiting
// for approval, invalid), the owner's ways to approve them, and the Stakeholders rows that could
// not be read (their people may be missing from the list).
import { plural } from '../../core/text';
import type { DigestStateJson, RecipientJson, RowWarningListJson } from '../../shared/api';
import { call, runAction } from '../api';
import { button } from '../controls';
import { el } from '../dom';
import {
  RECIPIENT_STATE_LABELS,
  canManage,
  recipientCounts,
  waitingDomains,
  withDomainApproved,
} from '../wording';
import type { DigestHost } from './screen';

export function recipientsCard(digest: DigestStateJson, host: DigestHost): HTMLElement {
  const manage = canManage(digest);
  const waiting = digest.recipients.filter((r) => r.state === 'waiting for approval');
  const approvals = manage ? approvalLinks(digest, waiting, host) : [];
  return el('section', { className: 'card', attrs: { 'aria-labelledby': 'recipients-title' } }, [
    el('h3', { id: 'recipients-title', className: 'section-title' }, [
      'Recipients',
      el('span', { className: 'count' }, [String(digest.recipients.length)]),
    ]),
    digest.recipients.length
      ? el('p', { className: 'muted' }, [recipientCounts(digest.recipients)])
      : null,
    digest.stakeholderWarnings ? unreadableRows(digest.stakeholderWarnings) : null,
    digest.recipients.length
      ? el(
          'ul',
          { className: 'recipients' },
          digest.recipients.map((r) => recipientItem(r, manage, host)),
        )
      : el('p', { className: 'muted' }, [
          'Nobody yet: tick “Weekly email” for a stakeholder on the Stakeholders tab.',
        ]),
    waiting.length && !manage
      ? el('p', { className: 'muted' }, [`Only ${digest.owner} can approve waiting addresses.`])
      : null,
    approvals.length ? el('div', { className: 'link-stack' }, approvals) : null,
  ]);
}

function approve(target: HTMLButtonElement, emails: string[], who: string, host: DigestHost) {
  void runAction(
    target,
    {
      progress: `Approving ${who}…`,
      busyLabel: 'Approving…',
      success: `Approved ${who}: they will receive the weekly email.`,
      failure: `Could not approve ${who}.`,
    },
    () => call('approveRecipients', emails),
  ).then((outcome) => {
    if (outcome.ok) host.update(outcome.value);
  });
}

function recipientItem(recipient: RecipientJson, manage: boolean, host: DigestHost): HTMLElement {
  const approveButton: HTMLButtonElement | null =
    manage && recipient.state === 'waiting for approval'
      ? button('Approve', {
          kind: 'secondary',
          focus: `approve-${recipient.email}`,
          onClick: () => approve(approveButton!, [recipient.email], recipient.email, host),
        })
      : null;
  approveButton?.setAttribute('aria-label', `Approve ${recipient.email}`);
  const look = chipLook(recipient, manage);
  // The owner has the Approve buttons right here; "approve this address or the domain" would
  // only repeat them. Everyone else needs the reason (e.g. who must approve).
  const reason = recipient.state === 'waiting for approval' && manage ? '' : recipient.reason;
  return el('li', { className: 'recipient', attrs: { 'data-email': recipient.email } }, [
    el('div', { className: 'recipient__who' }, [
      el('span', { className: 'recipient__name' }, [recipient.name || recipient.email]),
      recipient.name ? el('span', { className: 'recipient__email' }, [recipient.email]) : null,
    ]),
    approveButton,
    el('div', { className: 'recipient__state' }, [
      el('span', { className: `chip chip--${look.modifier}` }, [
        el('span', { attrs: { 'aria-hidden': 'true' } }, [`${look.icon} `]),
        look.label,
      ]),
      reason ? el('span', { className: 'recipient__reason' }, [reason]) : null,
    ]),
  ]);
}

/** "Approve all N waiting" and "Approve everyone at <domain>", for the schedule's owner. */
function approvalLinks(
  digest: DigestStateJson,
  waiting: RecipientJson[],
  host: DigestHost,
): HTMLButtonElement[] {
  const domains = waitingDomains(digest.recipients, digest.settings.approvedDomains).map(
    (domain) => {
      const node: HTMLButtonElement = button(`Approve everyone at ${domain}`, {
        kind: 'link',
        focus: `approve-domain-${domain}`,
        onClick: () =>
          void runAction(
            node,
            {
              progress: `Approving everyone at ${domain}…`,
              success: `Everyone at ${domain} will receive the weekly email.`,
              failure: `Could not approve ${domain}.`,
            },
            () => call('configureWeeklyDigest', withDomainApproved(digest.settings, domain)),
          ).then((outcome) => {
            if (outcome.ok) host.update(outcome.value);
          }),
      });
      return node;
    },
  );
  if (waiting.length <= 1) return domains;
  const all: HTMLButtonElement = button(`Approve all ${waiting.length} waiting`, {
    kind: 'link',
    focus: 'approve-all',
    onClick: () =>
      approve(
        all,
        waiting.map((r) => r.email),
        plural(waiting.length, 'recipient'),
        host,
      ),
  });
  return [all, ...domains];
}

/**
 * Stakeholders rows the add-on could not read. Their people may be missing from the list above
 * (a Weekly email cell that is not a tick counts as unticked), so this sits right beside it,
 * by row number, for anyone who can fix the tab.
 */
function unreadableRows(list: RowWarningListJson): HTMLElement | null {
  const total = list.shown.length + list.more;
  if (total === 0) return null;
  return el(
    'div',
    {
      className: 'callout callout--warn',
      attrs: {
        role: 'group',
        'aria-label': 'Unreadable Stakeholders rows',
        'data-testid': 'stakeholder-warnings',
      },
    },
    [
      el('p', { className: 'callout__title' }, [
        `${plural(total, 'Stakeholders row', 'Stakeholders rows')} could not be read`,
      ]),
      el('p', {}, [
        'Fix them on the Stakeholders tab. A Weekly email cell that is not a tick counts as unticked, so that person is sent nothing.',
      ]),
      el('ul', { className: 'sheet-warnings' }, [
        ...list.shown.map((w) => el('li', {}, [`Row ${w.row}: ${w.message}`])),
        list.more > 0 ? el('li', { className: 'muted' }, [`and ${list.more} more`]) : null,
      ]),
    ],
  );
}

const STATE_ICONS: Record<RecipientJson['state'], string> = {
  'will receive': '✓',
  'waiting for approval': '…',
  invalid: '✕',
  'will not receive': '✕',
};

/**
 * A recipient's chip. Someone who does not run the schedule sees the owner's decisions, so
 * "your approval" would be wrong for them; an address the owner's approvals have not been
 * checked against yet is shown as exactly that, not as a guess.
 */
function chipLook(
  recipient: RecipientJson,
  manage: boolean,
): { modifier: string; icon: string; label: string } {
  if (recipient.unchecked) return { modifier: 'unchecked', icon: '?', label: 'Not checked yet' };
  const modifier = recipient.state.replace(/\s+/g, '-');
  const label =
    recipient.state === 'waiting for approval' && !manage
      ? 'Waiting for approval'
      : RECIPIENT_STATE_LABELS[recipient.state];
  return { modifier, icon: STATE_ICONS[recipient.state], label };
}
