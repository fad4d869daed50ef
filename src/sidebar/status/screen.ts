// Plan exists: how the deal stands, and every step that needs someone's attention.
import { plural } from '../../core/text';
import type { PlanStatusResult, StepRef } from '../../shared/api';
import { call, runAction } from '../api';
import { button } from '../controls';
import { el } from '../dom';
import { daysLateLabel, dayText, missingLabel } from '../wording';
import { stepList, type StepItem } from './step-list';

export const BADGES: Record<PlanStatusResult['status'], { modifier: string; icon: string }> = {
  'On track': { modifier: 'ok', icon: '✓' },
  'At risk': { modifier: 'risk', icon: '!' },
  Stalled: { modifier: 'stalled', icon: '■' },
};

export function statusScreen(
  plan: PlanStatusResult,
  onRefreshed: (plan: PlanStatusResult) => void,
): HTMLElement {
  return el('div', { className: 'screen' }, [
    summaryCard(plan, onRefreshed),
    ...stepSections(plan),
  ]);
}

/** The badge, progress and signature date, with the button that re-applies the formatting. */
function summaryCard(
  plan: PlanStatusResult,
  onRefreshed: (plan: PlanStatusResult) => void,
): HTMLElement {
  const badge = BADGES[plan.status] ?? BADGES['At risk'];
  const percent = Math.max(0, Math.min(100, Math.round(plan.progress.percent)));
  const refresh = button('Refresh', {
    kind: 'secondary',
    focus: 'refresh',
    onClick: () =>
      void runAction(
        refresh,
        {
          progress: 'Re-applying the plan’s formatting…',
          busyLabel: 'Refreshing…',
          success: 'Formatting re-applied and status updated.',
          failure: 'Could not refresh the plan.',
        },
        () => call('refreshFormatting'),
      ).then((outcome) => {
        if (outcome.ok) onRefreshed(outcome.value);
      }),
  });
  refresh.setAttribute('aria-describedby', 'refresh-hint');

  return el(
    'section',
    { className: 'card summary', attrs: { 'aria-labelledby': 'status-title' } },
    [
      el('div', { className: 'summary__head' }, [
        el('h2', { id: 'status-title', className: 'screen-title', attrs: { tabindex: '-1' } }, [
          'Plan status',
        ]),
        refresh,
      ]),
      el(
        'p',
        { className: `badge badge--${badge.modifier}`, attrs: { 'data-status': plan.status } },
        [
          el('span', { className: 'badge__icon', attrs: { 'aria-hidden': 'true' } }, [badge.icon]),
          plan.status,
        ],
      ),
      el('p', { className: 'summary__line', id: 'progress-label' }, [
        `${plan.progress.done} of ${plural(plan.progress.total, 'step')} done (${percent}%)`,
      ]),
      el(
        'div',
        {
          className: 'progress',
          attrs: {
            role: 'progressbar',
            'aria-valuemin': 0,
            'aria-valuemax': 100,
            'aria-valuenow': percent,
            'aria-labelledby': 'progress-label',
          },
        },
        [el('div', { className: 'progress__bar', attrs: { style: `width: ${percent}%` } })],
      ),
      signatureLine(plan),
      plan.totalSlipDays > 0
        ? el('p', { className: 'summary__line muted' }, [
            `Steps have slipped ${plural(plan.totalSlipDays, 'day')} in total.`,
          ])
        : null,
      el('p', { className: 'summary__line muted', id: 'refresh-hint' }, [
        `As of ${dayText(plan.today, plan.today)} · ${plan.sheetName} tab. Refresh re-applies highlighting and dropdowns.`,
      ]),
    ],
  );
}

function signatureLine(plan: PlanStatusResult): HTMLElement {
  if (!plan.signatureDate) {
    return el('p', { className: 'summary__line text-warn' }, [
      'No target signature date in the plan.',
    ]);
  }
  const drift = plan.signatureDriftDays;
  return el('p', { className: 'summary__line' }, [
    `Signature ${dayText(plan.signatureDate, plan.today)}`,
    drift
      ? el('span', { className: drift > 0 ? 'text-warn' : 'muted' }, [
          ` · ${plural(Math.abs(drift), 'day')} ${drift > 0 ? 'later' : 'earlier'} than planned`,
        ])
      : null,
  ]);
}

/** Late, due soon, uncommitted and next steps, then the rows that could not be read. */
function stepSections(plan: PlanStatusResult): (HTMLElement | null)[] {
  const day = (key: string | null) => (key ? dayText(key, plan.today) : null);
  const owner = (step: StepRef) => step.owner || 'No owner';
  const line = (...parts: (string | null)[]) => parts.filter(Boolean).join(' · ');
  const items = <T extends StepRef>(
    steps: T[],
    tone: StepItem['tone'],
    detail: (step: T) => string,
  ): StepItem[] => steps.map((s) => ({ row: s.row, title: s.step, detail: detail(s), tone }));

  const warnings: StepItem[] = plan.warnings.map((w) => ({
    row: w.row,
    title: w.message,
    detail: 'Fix the row so the add-on can read it.',
    tone: 'warning',
  }));
  return [
    stepList({
      id: 'late',
      title: 'Late',
      items: items(plan.late, 'late', (s) => line(owner(s), daysLateLabel(s.daysLate))),
      empty: 'Nothing is late.',
    }),
    stepList({
      id: 'due-soon',
      title: 'Due soon',
      items: items(plan.dueSoon, 'soon', (s) =>
        line(owner(s), `due ${day(s.targetDate) ?? 'soon'}`),
      ),
      empty: 'Nothing is due in the next few days.',
    }),
    stepList({
      id: 'uncommitted',
      title: 'Missing owner or date',
      items: items(plan.uncommitted, 'missing', (s) =>
        line(missingLabel(s.missing), s.owner || null, day(s.targetDate)),
      ),
      empty: 'Every open step has an owner and a date.',
    }),
    stepList({
      id: 'next',
      title: 'Next steps',
      items: items(plan.next, 'next', (s) => line(owner(s), day(s.targetDate))),
      empty: 'No open steps left.',
    }),
    warnings.length
      ? stepList({
          id: 'warnings',
          title: 'Rows the add-on could not read',
          items: warnings,
          empty: '',
        })
      : null,
  ];
}
