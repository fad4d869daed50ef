// The weekly email: its schedule (in the sheet's time zone), who gets it, and preview / test /
// send. Acting on the schedule is left to its owner, because the mail leaves their account.
import {
  type DigestStateJson,
  type RecipientJson,
  type RowWarningListJson,
  type SidebarState,
  type Weekday,
  WEEKDAYS,
} from '../../shared/api';
import { call } from '../api';
import { el, replaceChildren } from '../dom';
import { button, field, select } from '../components/field';
import { emailPreview } from '../components/email-preview';
import {
  RECIPIENT_STATE_LABELS,
  canManage,
  ownershipText,
  recipientCounts,
  scheduleText,
  sendReportSummary,
  waitingDomains,
  withDomainApproved,
  formatInstant,
  hourLabel,
  plural,
  weekdayLabel,
} from '../format';
import { runAction } from '../notice';

export interface DigestHost {
  /** Redraw the screen from the server's new digest state. */
  update(digest: DigestStateJson): void;
  /** Fetch everything again (after a send, so "last sent" is true). */
  reload(): Promise<void>;
}

const STATE_ICONS: Record<RecipientJson['state'], string> = {
  'will receive': '✓',
  'waiting for approval': '…',
  invalid: '✕',
};

export function digestScreen(
  digest: DigestStateJson | null,
  state: SidebarState,
  host: DigestHost,
): HTMLElement {
  if (!digest) {
    return el('div', { className: 'screen' }, [
      el('h2', { className: 'screen-title' }, ['Weekly email']),
      el('p', { className: 'muted' }, [
        'The weekly email is not available for this spreadsheet yet.',
      ]),
    ]);
  }
  const manage = canManage(digest);
  const timeZone = state.timeZone;

  // --- schedule -------------------------------------------------------------------------
  const enabled = el('input', {
    id: 'digest-enabled',
    attrs: { type: 'checkbox', 'data-focus': 'digest-enabled' },
  });
  enabled.checked = digest.settings.enabled;
  const weekday = field(
    select(
      WEEKDAYS.map((day) => ({ value: day, label: weekdayLabel(day) })),
      digest.settings.weekday,
    ),
    { label: 'Day', name: 'digest-weekday' },
  );
  const hour = field(
    select(
      Array.from({ length: 24 }, (_, h) => ({ value: String(h), label: hourLabel(h) })),
      String(digest.settings.hour),
    ),
    { label: `Hour (${timeZone} time)`, name: 'digest-hour' },
  );
  // One note under both selects keeps them level; the hour select points at it.
  const zoneHint = el('p', { id: 'digest-zone-hint', className: 'field__hint' }, [
    `Day and hour are in the spreadsheet’s time zone, ${timeZone}. Google sends some time within the hour.`,
  ]);
  hour.control.setAttribute(
    'aria-describedby',
    `${hour.control.getAttribute('aria-describedby') ?? ''} digest-zone-hint`.trim(),
  );
  const save = button('Save schedule', {
    kind: 'primary',
    focus: 'digest-save',
    onClick: () => {
      const settings = {
        ...digest.settings,
        enabled: enabled.checked,
        weekday: weekday.control.value as Weekday,
        hour: Number(hour.control.value),
      };
      void runAction(
        save,
        {
          progress: settings.enabled
            ? 'Scheduling the weekly email…'
            : 'Turning the weekly email off…',
          busyLabel: 'Saving…',
          success: (next: DigestStateJson) =>
            next.settings.enabled
              ? `Weekly email on. ${scheduleText(next.settings, timeZone)}`
              : 'Weekly email turned off.',
          failure: 'Could not save the schedule.',
        },
        () => call('configureWeeklyDigest', settings),
      ).then((outcome) => {
        if (outcome.ok) host.update(outcome.value);
      });
    },
  });
  for (const control of [enabled, weekday.control, hour.control, save]) control.disabled = !manage;

  const takeOverSlot = el('div', { className: 'confirm-slot' });
  const takeOver = manage || !digest.owner ? null : takeOverAction(digest, state.user, host);
  const askToTakeOver: HTMLButtonElement | null = takeOver
    ? button('Take over the schedule…', {
        kind: 'link',
        focus: 'take-over',
        onClick: () => {
          const confirm = takeOver.confirm(() => {
            replaceChildren(takeOverSlot, []);
            askToTakeOver?.focus();
          });
          replaceChildren(takeOverSlot, [confirm.root]);
          confirm.focus();
        },
      })
    : null;

  const schedule = el('fieldset', { className: 'fieldset card' }, [
    el('legend', { className: 'section-title' }, ['Schedule']),
    el('p', { className: 'summary__line', attrs: { 'data-testid': 'owner' } }, [
      ownershipText(digest, state.user),
    ]),
    el('div', { className: 'check' }, [
      enabled,
      el('label', { attrs: { for: 'digest-enabled' } }, [
        'Send a weekly update to every recipient',
      ]),
    ]),
    el('div', { className: 'field-row' }, [weekday.root, hour.root]),
    zoneHint,
    el('dl', { className: 'meta' }, [
      el('dt', {}, ['Last sent']),
      el('dd', { attrs: { 'data-testid': 'last-sent' } }, [
        digest.lastSent ? formatInstant(digest.lastSent, timeZone) : 'Never',
      ]),
      el('dt', {}, ['Next run']),
      el('dd', { attrs: { 'data-testid': 'next-run' } }, [
        digest.nextRun ? formatInstant(digest.nextRun, timeZone) : 'Not scheduled',
      ]),
    ]),
    manage ? el('div', { className: 'actions' }, [save]) : null,
    askToTakeOver ? el('div', { className: 'link-stack' }, [askToTakeOver]) : null,
    takeOverSlot,
  ]);

  // --- recipients -----------------------------------------------------------------------
  const approve = (target: HTMLButtonElement, emails: string[], who: string) =>
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

  const recipientItem = (recipient: RecipientJson) => {
    const approveButton =
      manage && recipient.state === 'waiting for approval'
        ? button('Approve', {
            kind: 'secondary',
            focus: `approve-${recipient.email}`,
            onClick: () => approve(approveButton!, [recipient.email], recipient.email),
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
  };

  const waiting = digest.recipients.filter((r) => r.state === 'waiting for approval');
  const domainButtons = manage
    ? waitingDomains(digest.recipients, digest.settings.approvedDomains).map((domain) => {
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
      })
    : [];
  const approveAll: HTMLButtonElement | null =
    manage && waiting.length > 1
      ? button(`Approve all ${waiting.length} waiting`, {
          kind: 'link',
          focus: 'approve-all',
          onClick: () =>
            approve(
              approveAll!,
              waiting.map((r) => r.email),
              plural(waiting.length, 'recipient'),
            ),
        })
      : null;

  const recipients = el(
    'section',
    { className: 'card', attrs: { 'aria-labelledby': 'recipients-title' } },
    [
      el('h3', { id: 'recipients-title', className: 'section-title' }, [
        'Recipients',
        el('span', { className: 'count' }, [String(digest.recipients.length)]),
      ]),
      digest.recipients.length
        ? el('p', { className: 'muted' }, [recipientCounts(digest.recipients)])
        : null,
      digest.stakeholderWarnings ? unreadableRows(digest.stakeholderWarnings) : null,
      digest.recipients.length
        ? el('ul', { className: 'recipients' }, digest.recipients.map(recipientItem))
        : el('p', { className: 'muted' }, [
            'Nobody yet: tick “Weekly email” for a stakeholder on the Stakeholders tab.',
          ]),
      waiting.length && !manage
        ? el('p', { className: 'muted' }, [`Only ${digest.owner} can approve waiting addresses.`])
        : null,
      approveAll || domainButtons.length
        ? el('div', { className: 'link-stack' }, [approveAll, ...domainButtons])
        : null,
    ],
  );

  // --- preview and sending --------------------------------------------------------------
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
          success: sendReportSummary,
          failure: 'Could not send the test email.',
        },
        () => call('sendTestDigestToMe'),
      ),
  });

  const confirmSlot = el('div', { className: 'confirm-slot' });
  const willReceive = digest.recipients.filter((r) => r.state === 'will receive').length;
  const sendNow = (target: HTMLButtonElement) =>
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
      replaceChildren(confirmSlot, []);
      // "Last sent" and the log changed on the server; the message already says how it went.
      if (outcome.ok) await host.reload();
    });
  const askToSend: HTMLButtonElement = button('Send now…', {
    kind: 'secondary',
    focus: 'digest-send',
    onClick: () => {
      const confirm: HTMLButtonElement = button(`Send to ${plural(willReceive, 'recipient')}`, {
        kind: 'primary',
        focus: 'digest-send-confirm',
        onClick: () => sendNow(confirm),
      });
      replaceChildren(confirmSlot, [
        el(
          'div',
          {
            className: 'callout callout--info',
            attrs: { role: 'group', 'aria-label': 'Confirm sending' },
          },
          [
            el('p', {}, [
              `Email ${plural(willReceive, 'recipient')} now from your account? Addresses waiting for approval are skipped.`,
            ]),
            el('div', { className: 'button-row' }, [
              confirm,
              button('Cancel', {
                kind: 'secondary',
                focus: 'digest-send-cancel',
                onClick: () => {
                  replaceChildren(confirmSlot, []);
                  askToSend.focus();
                },
              }),
            ]),
          ],
        ),
      ]);
      confirm.focus();
    },
  });

  const sending = el(
    'section',
    { className: 'card', attrs: { 'aria-labelledby': 'sending-title' } },
    [
      el('h3', { id: 'sending-title', className: 'section-title' }, ['Check and send']),
      el('div', { className: 'button-row' }, [
        previewButton,
        testButton,
        manage ? askToSend : null,
      ]),
      confirmSlot,
      previewSlot,
    ],
  );

  const history = digest.log.length
    ? el('details', { className: 'history' }, [
        el('summary', {}, [`Send history (${digest.log.length})`]),
        el(
          'ul',
          {},
          digest.log.map((entry) =>
            el('li', {}, [
              `${formatInstant(entry.at, timeZone)} · ${entry.trigger} · `,
              entry.skipped
                ? `skipped: ${entry.skipped}`
                : `sent to ${plural(entry.sent.length, 'recipient')}`,
              entry.failed.length ? ` · ${entry.failed.length} failed` : '',
            ]),
          ),
        ),
      ])
    : null;

  return el('div', { className: 'screen' }, [
    el('h2', { className: 'screen-title' }, ['Weekly email']),
    digest.banner
      ? el('div', { className: 'callout callout--warn', attrs: { 'data-testid': 'banner' } }, [
          el('p', { className: 'callout__title' }, [
            el('span', { className: 'callout__icon', attrs: { 'aria-hidden': 'true' } }, ['⚠']),
            ' Needs your attention',
          ]),
          el('p', {}, [digest.banner]),
        ])
      : null,
    schedule,
    recipients,
    sending,
    history,
  ]);
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
        total === 1
          ? '1 Stakeholders row could not be read'
          : `${total} Stakeholders rows could not be read`,
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

/**
 * Taking the schedule over moves the sending to this user's account and quota, and approvals
 * are kept per person, so the user is told both before anything changes.
 */
function takeOverAction(
  digest: DigestStateJson,
  user: string,
  host: DigestHost,
): { confirm(onCancel: () => void): { root: HTMLElement; focus(): void } } {
  return {
    confirm(onCancel) {
      const yes: HTMLButtonElement = button('Take over', {
        kind: 'primary',
        focus: 'take-over-confirm',
        onClick: () =>
          void runAction(
            yes,
            {
              progress: 'Taking over the weekly email…',
              busyLabel: 'Taking over…',
              success:
                'You run the weekly email now. Approve who should receive it from your account.',
              failure: 'Could not take over the weekly email.',
            },
            () =>
              call('configureWeeklyDigest', {
                enabled: true,
                weekday: digest.settings.weekday,
                hour: digest.settings.hour,
                takeOver: true,
              }),
          ).then((outcome) => {
            if (outcome.ok) host.update(outcome.value);
          }),
      });
      const root = el(
        'div',
        {
          className: 'callout callout--warn',
          attrs: { role: 'group', 'aria-label': 'Confirm taking over the schedule' },
        },
        [
          el('p', {}, [
            `The weekly email will be sent from your account (${user}) and count against your daily email quota. ${digest.owner ?? 'The current owner'}’s schedule stops.`,
          ]),
          el('p', {}, [
            'Approvals belong to each person: recipients outside your approved domains wait for your approval.',
          ]),
          el('div', { className: 'button-row' }, [
            yes,
            button('Cancel', { kind: 'secondary', focus: 'take-over-cancel', onClick: onCancel }),
          ]),
        ],
      );
      return { root, focus: () => yes.focus() };
    },
  };
}
