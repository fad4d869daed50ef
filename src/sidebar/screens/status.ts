// Plan exists: how the deal stands, and every step that needs someone's attention.
import type { PlanStatusResult, StepRef } from '../../shared/api';
import { call } from '../api';
import { el } from '../dom';
import { button } from '../components/field';
import { stepList, type StepItem } from '../components/step-list';
import { daysLateLabel, formatDay, missingLabel, plural } from '../format';
import { runAction } from '../notice';

const BADGES: Record<PlanStatusResult['status'], { modifier: string; icon: string }> = {
  'On track': { modifier: 'ok', icon: '✓' },
  'At risk': { modifier: 'risk', icon: '!' },
  Stalled: { modifier: 'stalled', icon: '■' },
};

function ownerText(step: StepRef): string {
  return step.owner ? step.owner : 'No owner';
}

export function statusScreen(
  plan: PlanStatusResult,
  onRefreshed: (plan: PlanStatusResult) => void,
): HTMLElement {
  const day = (key: string) => formatDay(key, plan.today);
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

  const drift = plan.signatureDriftDays;
  const signatureLine = plan.signatureDate
    ? el('p', { className: 'summary__line' }, [
        `Signature ${day(plan.signatureDate)}`,
        drift
          ? el('span', { className: drift > 0 ? 'text-warn' : 'muted' }, [
              ` · ${plural(Math.abs(drift), 'day')} ${drift > 0 ? 'later' : 'earlier'} than planned`,
            ])
          : null,
      ])
    : el('p', { className: 'summary__line text-warn' }, ['No target signature date in the plan.']);

  const summary = el(
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
      signatureLine,
      plan.totalSlipDays > 0
        ? el('p', { className: 'summary__line muted' }, [
            `Steps have slipped ${plural(plan.totalSlipDays, 'day')} in total.`,
          ])
        : null,
      el('p', { className: 'summary__line muted', id: 'refresh-hint' }, [
        `As of ${day(plan.today)} · ${plan.sheetName} tab. Refresh re-applies highlighting and dropdowns.`,
      ]),
    ],
  );

  const late: StepItem[] = plan.late.map((s) => ({
    row: s.row,
    title: s.step,
    detail: `${ownerText(s)} · ${daysLateLabel(s.daysLate)}`,
    tone: 'late',
  }));
  const dueSoon: StepItem[] = plan.dueSoon.map((s) => ({
    row: s.row,
    title: s.step,
    detail: `${ownerText(s)} · due ${s.targetDate ? day(s.targetDate) : 'soon'}`,
    tone: 'soon',
  }));
  const uncommitted: StepItem[] = plan.uncommitted.map((s) => ({
    row: s.row,
    title: s.step,
    detail: `${missingLabel(s.missing)}${s.owner ? ` · ${s.owner}` : ''}${s.targetDate ? ` · ${day(s.targetDate)}` : ''}`,
    tone: 'missing',
  }));
  const next: StepItem[] = plan.next.map((s) => ({
    row: s.row,
    title: s.step,
    detail: `${ownerText(s)}${s.targetDate ? ` · ${day(s.targetDate)}` : ''}`,
    tone: 'next',
  }));
  const warnings: StepItem[] = plan.warnings.map((w) => ({
    row: w.row,
    title: w.message,
    detail: 'Fix the row so the add-on can read it.',
    tone: 'warning',
  }));

  return el('div', { className: 'screen' }, [
    summary,
    stepList({ id: 'late', title: 'Late', items: late, empty: 'Nothing is late.' }),
    stepList({
      id: 'due-soon',
      title: 'Due soon',
      items: dueSoon,
      empty: 'Nothing is due in the next few days.',
    }),
    stepList({
      id: 'uncommitted',
      title: 'Missing owner or date',
      items: uncommitted,
      empty: 'Every open step has an owner and a date.',
    }),
    stepList({ id: 'next', title: 'Next steps', items: next, empty: 'No open steps left.' }),
    warnings.length
      ? stepList({
          id: 'warnings',
          title: 'Rows the add-on could not read',
          items: warnings,
          empty: '',
        })
      : null,
  ]);
}
