// Plan exists: how the deal stands, each step that needs someone's attention (once, under its
// most urgent heading), and what the sheet's colours mean.
import { cleanLine, plural } from '../../core/text';
import type { PlanStatusResult, StepRef } from '../../shared/api';
import { call, runAction } from '../api';
import { button } from '../controls';
import { el, type Child } from '../dom';
import { OWNER, STEP_NAME, joined, sheetText } from '../sheet-text';
import { daysLateLabel, dayText, missingLabel } from '../wording';
import { groupSteps, type GroupId, type GroupedStep } from './groups';
import { legend } from './legend';
import { replanCard } from './replan';
import { stepList, type StepItem } from './step-list';

export const BADGES: Record<PlanStatusResult['status'], { modifier: string; icon: string }> = {
  'On track': { modifier: 'ok', icon: '✓' },
  'At risk': { modifier: 'risk', icon: '!' },
  Stalled: { modifier: 'stalled', icon: '■' },
};

export interface StatusHost {
  /** Reads everything again (one getSidebarState) and redraws; rejects when it cannot. */
  reload(): Promise<void>;
  /** Redraws the status from what refreshFormatting returned. */
  update(plan: PlanStatusResult): void;
}

export function statusScreen(plan: PlanStatusResult, host: StatusHost): HTMLElement {
  return el('div', { className: 'screen' }, [
    summaryCard(plan, host),
    ...stepSections(plan),
    replanCard(plan, (after) => host.update(after)),
    legend(),
  ]);
}

/** The badge, progress and signature date, with Refresh and the way to re-apply formatting. */
function summaryCard(plan: PlanStatusResult, host: StatusHost): HTMLElement {
  const badge = BADGES[plan.status] ?? BADGES['At risk'];
  const percent = Math.max(0, Math.min(100, Math.round(plan.progress.percent)));
  const refresh = button('Refresh', {
    kind: 'secondary',
    focus: 'refresh',
    onClick: () =>
      void runAction(
        refresh,
        {
          progress: 'Reading the plan again…',
          busyLabel: 'Refreshing…',
          success: 'Up to date.',
          failure: 'Could not refresh the sidebar.',
        },
        () => host.reload(),
      ),
  });
  const reapply: HTMLButtonElement = button('Re-apply highlighting', {
    kind: 'link',
    focus: 'reapply',
    onClick: () =>
      void runAction(
        reapply,
        {
          progress: 'Re-applying the plan’s highlighting and dropdowns…',
          success: 'Highlighting and dropdowns re-applied.',
          failure: 'Could not re-apply the highlighting.',
        },
        () => call('refreshFormatting'),
      ).then((outcome) => {
        if (outcome.ok) host.update(outcome.value);
      }),
  });
  // Refresh is described by when the screen was read; re-apply by what it is for.
  refresh.setAttribute('aria-describedby', 'refresh-hint');
  reapply.setAttribute('aria-describedby', 'reapply-hint');

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
        `As of ${dayText(plan.today, plan.today)} · `,
        sheetText(plan.sheetName, { blank: 'the plan', unreadable: 'the plan' }),
        ' tab.',
      ]),
      el('p', { className: 'summary__line muted', id: 'reapply-hint' }, [
        reapply,
        ' if the sheet’s colours or dropdowns went missing.',
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

const SECTIONS: Record<
  GroupId,
  {
    title: string;
    tone: StepItem['tone'];
    empty: string | null;
    detail(s: GroupedStep, day: Day): Child[];
  }
> = {
  late: {
    title: 'Late',
    tone: 'late',
    empty: 'Nothing is late.',
    detail: (s) => joined([owner(s.step), daysLateLabel(s.daysLate ?? 0)]),
  },
  blocked: {
    title: 'Blocked',
    tone: 'blocked',
    empty: null,
    detail: (s, day) => joined([owner(s.step), day(s.step?.targetDate)]),
  },
  warnings: {
    title: 'Rows the add-on could not read',
    tone: 'warning',
    empty: null,
    // A listed step is named in the title, so the line says what is wrong with its row.
    detail: (s) =>
      s.step ? [s.warnings.map(cleanLine).join(' ')] : ['Fix the row so the add-on can read it.'],
  },
  uncommitted: {
    title: 'Missing owner or date',
    tone: 'missing',
    empty: null,
    detail: (s, day) =>
      joined([
        missingLabel(s.missing ?? []),
        s.step?.owner ? sheetText(s.step.owner, OWNER) : null,
        day(s.step?.targetDate),
      ]),
  },
  'due-soon': {
    title: 'Due soon',
    tone: 'soon',
    empty: null,
    detail: (s, day) => joined([owner(s.step), `due ${day(s.step?.targetDate) ?? 'soon'}`]),
  },
  next: {
    title: 'Next steps',
    tone: 'next',
    empty: 'No open steps left.',
    detail: (s, day) => joined([owner(s.step), day(s.step?.targetDate)]),
  },
};

type Day = (key: string | null | undefined) => string | null;

function owner(step: StepRef | null): Child {
  return sheetText(step?.owner, OWNER);
}

/** Each step once, most urgent heading first; unreadable rows come before Next steps. */
function stepSections(plan: PlanStatusResult): (HTMLElement | null)[] {
  const day: Day = (key) => (key ? dayText(key, plan.today) : null);
  return groupSteps(plan).map(({ id, steps }) => {
    const section = SECTIONS[id];
    const items: StepItem[] = steps.map((s) => ({
      row: s.row,
      title: s.step ? sheetText(s.step.step, STEP_NAME) : cleanLine(s.warnings.join(' ')),
      detail: section.detail(s, day),
      // The warnings list says them in its detail line; elsewhere they are added as notes.
      notes: id === 'warnings' ? [] : s.warnings.map(cleanLine),
      tone: section.tone,
    }));
    return stepList({ id, title: section.title, items, empty: section.empty });
  });
}
