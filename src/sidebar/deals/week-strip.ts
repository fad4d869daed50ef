// The eight weeks ahead as one row each: a bar split per deal (one segment per deal, as long as
// its step count), "Crunch" in words where steps from too many deals pile up, and the week's
// steps listed when the row is opened. The threshold control asks the server to judge again.
import type { PortfolioJson, PortfolioWeekJson } from '../../shared/api';
import { field, select } from '../controls';
import { el, uid } from '../dom';
import {
  CRUNCH_THRESHOLDS,
  DEFAULT_CRUNCH_THRESHOLD,
  itemDetail,
  loadByDeal,
  weekLabel,
  weekSummary,
} from './wording';

export function weekStrip(
  portfolio: PortfolioJson,
  onThreshold: (threshold: number, control: HTMLSelectElement) => void,
): HTMLElement {
  // Bars share one scale so a busy week looks busy next to a quiet one.
  const most = Math.max(1, ...portfolio.weeks.map((week) => week.items.length));
  const threshold = portfolio.crunchThreshold ?? DEFAULT_CRUNCH_THRESHOLD;
  const choice = select(
    CRUNCH_THRESHOLDS.map((n) => ({ value: String(n), label: `${n} deals` })),
    String(threshold),
  );
  choice.addEventListener('change', () => onThreshold(Number(choice.value), choice));
  const control = field(choice, {
    label: 'Crunch week from',
    name: 'crunch-threshold',
    hint: 'A week is a crunch when it holds steps from at least this many of your deals.',
  });
  const crunches = portfolio.weeks.filter((week) => week.crunch).length;
  return el('section', { className: 'card weeks', attrs: { 'aria-labelledby': 'weeks-title' } }, [
    el('h3', { id: 'weeks-title', className: 'section-title' }, [
      'Your next 8 weeks',
      el('span', { className: 'count', attrs: { title: 'Crunch weeks' } }, [
        crunches ? `${crunches} crunch` : 'no crunch',
      ]),
    ]),
    el(
      'ul',
      { className: 'weeks__list' },
      portfolio.weeks.map((week, index) => weekRow(week, index, most, portfolio.today)),
    ),
    control.root,
  ]);
}

function weekRow(week: PortfolioWeekJson, index: number, most: number, today: string): HTMLElement {
  const listId = uid('week-steps');
  const steps = el(
    'ul',
    { id: listId, className: 'weeks__steps', attrs: { hidden: true } },
    week.items.length
      ? week.items.map((item) =>
          el('li', { className: `week-step${item.daysLate > 0 ? ' week-step--late' : ''}` }, [
            el('span', { className: 'week-step__title' }, [
              el('bdi', { className: 'week-step__customer' }, [
                item.customer || 'Unnamed customer',
              ]),
              ': ',
              el('bdi', {}, [item.step]),
            ]),
            el('span', { className: 'week-step__detail', attrs: { dir: 'auto' } }, [
              itemDetail(item, today),
            ]),
          ]),
        )
      : [el('li', { className: 'muted' }, ['Nothing of yours is due this week.'])],
  );
  const segments = loadByDeal(week).map((load) =>
    el('span', {
      className: 'weeks__segment',
      attrs: {
        style: `width: ${(100 * load.count) / most}%`,
        title: `${load.customer}: ${load.count}`,
      },
    }),
  );
  const toggle: HTMLButtonElement = el(
    'button',
    {
      className: `weeks__row${week.crunch ? ' weeks__row--crunch' : ''}`,
      attrs: {
        type: 'button',
        'aria-expanded': 'false',
        'aria-controls': listId,
        'aria-label': weekSummary(week, today),
        'data-week': week.weekStart,
        'data-focus': `week-${week.weekStart}`,
      },
      on: {
        click: () => {
          const open = toggle.getAttribute('aria-expanded') !== 'true';
          toggle.setAttribute('aria-expanded', String(open));
          steps.hidden = !open;
        },
      },
    },
    [
      el('span', { className: 'weeks__label' }, [weekLabel(week, index)]),
      el('span', { className: 'weeks__bar', attrs: { 'aria-hidden': 'true' } }, segments),
      el('span', { className: 'weeks__count' }, [String(week.items.length)]),
      week.crunch ? el('span', { className: 'weeks__crunch' }, ['Crunch']) : null,
    ],
  );
  return el('li', { className: 'weeks__week' }, [toggle, steps]);
}
