// Who gets the weekly email: every ticked stakeholder with their state (will receive, waiting
// for approval, invalid), the owner's ways to approve them and to withdraw an approval, and the
// Stakeholders rows that could not be read (their people may be missing from the list).
import { cleanLine, plural } from '../../core/text';
// From the module itself: core/weekly-email's index would bundle the email's rendering too.
import { isPublicMailDomain } from '../../core/weekly-email/public-domains';
import type {
  DigestStateJson,
  RecipientJson,
  RowWarningListJson,
  WithdrawApprovalsOptions,
} from '../../shared/api';
import { call, runAction } from '../api';
import { button } from '../controls';
import { el, replaceChildren } from '../dom';
import { sheetText } from '../sheet-text';
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
    el(
      'h3',
      {
        id: 'recipients-title',
        className: 'section-title',
        attrs: { tabindex: '-1', 'data-focus': 'recipients' },
      },
      ['Recipients', el('span', { className: 'count' }, [String(digest.recipients.length)])],
    ),
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
    manage ? approvedList(digest, host) : null,
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
  const email = sheetText(recipient.email, {
    blank: 'No address',
    unreadable: 'Address unreadable',
  });
  const name = cleanLine(recipient.name);
  return el('li', { className: 'recipient', attrs: { 'data-email': recipient.email } }, [
    el('div', { className: 'recipient__who' }, [
      el('span', { className: 'recipient__name' }, [
        name ? sheetText(name, { blank: '', unreadable: 'Name unreadable' }) : email,
      ]),
      name ? el('span', { className: 'recipient__email' }, [email]) : null,
    ]),
    approveButton,
    el('div', { className: 'recipient__state' }, [
      el('span', { className: `chip chip--${look.modifier}` }, [
        el('span', { attrs: { 'aria-hidden': 'true' } }, [`${look.icon} `]),
        look.label,
      ]),
      reason ? el('span', { className: 'recipient__reason' }, [cleanLine(reason)]) : null,
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
 * The owner's approvals, each with a way to withdraw it (after a confirmation): an approval is
 * a standing permission to mail from the owner's account, so it must be possible to end it.
 */
function approvedList(digest: DigestStateJson, host: DigestHost): HTMLElement | null {
  // Approvals the server no longer honours (a public provider approved whole by an earlier
  // version) come apart from the settings, with the server's reason; they can be withdrawn too.
  const ignored = new Map((digest.ignoredApprovals ?? []).map((a) => [a.domain, a.message]));
  const domains = [...(digest.settings.approvedDomains ?? [])];
  for (const domain of ignored.keys()) if (!domains.includes(domain)) domains.push(domain);
  const emails = digest.settings.approvedEmails ?? [];
  if (!domains.length && !emails.length) return null;
  const slot = el('div', { className: 'confirm-slot' });
  const item = (approval: Approval) => {
    const ask: HTMLButtonElement = button('Withdraw', {
      kind: 'link',
      focus: `withdraw-${approval.key}`,
      onClick: () => {
        const confirm = withdrawConfirm(approval, host, () => {
          replaceChildren(slot, []);
          ask.focus();
        });
        replaceChildren(slot, [confirm]);
        confirm.querySelector<HTMLElement>('[data-focus="withdraw-confirm"]')?.focus();
      },
    });
    ask.setAttribute('aria-label', `Withdraw approval of ${approval.label}`);
    return el('li', { className: 'approval' }, [
      el('span', { className: 'approval__what' }, [approval.shown]),
      ask,
      approval.note ? el('span', { className: 'approval__note' }, [approval.note]) : null,
    ]);
  };
  return el('div', { className: 'approvals' }, [
    el('h4', { id: 'approved-title', className: 'approvals__title' }, ['Approved']),
    el('ul', { className: 'approvals__list', attrs: { 'aria-labelledby': 'approved-title' } }, [
      ...domains.map((domain) =>
        item({
          key: `domain-${domain}`,
          label: `everyone at ${domain}`,
          shown: `Everyone at ${domain}`,
          withdraw: { domains: [domain] },
          note: ignored.has(domain)
            ? `Not used: ${cleanLine(ignored.get(domain))}`
            : isPublicMailDomain(domain)
              ? `Not used: ${domain} is a public mail provider, so its people are approved one by one.`
              : null,
        }),
      ),
      ...emails.map((email) =>
        item({
          key: `email-${email}`,
          label: email,
          shown: email,
          withdraw: { emails: [email] },
          note: null,
        }),
      ),
    ]),
    slot,
  ]);
}

interface Approval {
  key: string;
  /** Within a sentence: 'everyone at acme.example', 'dana@acme.example'. */
  label: string;
  shown: string;
  withdraw: WithdrawApprovalsOptions;
  note: string | null;
}

function withdrawConfirm(approval: Approval, host: DigestHost, onCancel: () => void): HTMLElement {
  const yes: HTMLButtonElement = button('Withdraw', {
    kind: 'primary',
    focus: 'withdraw-confirm',
    onClick: () =>
      void runAction(
        yes,
        {
          progress: `Withdrawing the approval of ${approval.label}…`,
          busyLabel: 'Withdrawing…',
          success: `Withdrew the approval of ${approval.label}.`,
          failure: `Could not withdraw the approval of ${approval.label}.`,
        },
        () => call('withdrawApprovals', approval.withdraw),
      ).then((outcome) => {
        if (outcome.ok) host.update(outcome.value);
      }),
  });
  const who = approval.withdraw.domains
    ? 'People there who are not approved one by one get'
    : 'They get';
  return el(
    'div',
    {
      className: 'callout callout--warn',
      attrs: { role: 'group', 'aria-label': 'Confirm withdrawing', 'data-in-use': true },
    },
    [
      el('p', {}, [
        `Withdraw the approval of ${approval.label}? ${who} no weekly email from the next run on.`,
      ]),
      el('div', { className: 'button-row' }, [
        yes,
        button('Cancel', { kind: 'secondary', focus: 'withdraw-cancel', onClick: onCancel }),
      ]),
    ],
  );
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
        ...list.shown.map((w) => el('li', {}, [`Row ${w.row}: ${cleanLine(w.message)}`])),
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
