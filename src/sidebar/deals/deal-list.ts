// The seller's deals in the server's order (riskiest first, archived last), each a compact card:
// the customer linking to the plan, its status in the plan screen's words and colours, and
// the lines that say where it stands. Every value from a sheet stays text in its own isolate.
import { safeHttpUrl } from '../../core/text';
import type { PortfolioDealJson, PortfolioJson } from '../../shared/api';
import { el, type Child } from '../dom';
import { BADGES } from '../status/screen';
import {
  archivedText,
  backgroundText,
  commitmentText,
  countsText,
  customerEditText,
  progressText,
  signatureText,
  staleText,
  type Said,
} from './wording';

export function dealList(portfolio: PortfolioJson, timeZone: string): HTMLElement {
  if (!portfolio.deals.length) {
    return el('p', { className: 'muted', attrs: { 'data-testid': 'no-deals' } }, [
      'No deals yet. Plans you create appear here.',
    ]);
  }
  return el(
    'ul',
    { className: 'deals', attrs: { 'aria-label': 'Your deals, riskiest first' } },
    portfolio.deals.map((deal) => dealItem(deal, portfolio.today, timeZone)),
  );
}

function line(said: Said, extra = ''): HTMLElement {
  return el('p', { className: `deal__line${said.warn ? ' text-warn' : ''}${extra}` }, [
    said.warn ? el('span', { attrs: { 'aria-hidden': 'true' } }, ['⚠ ']) : null,
    said.text,
  ]);
}

function customerLink(deal: PortfolioDealJson): HTMLElement {
  const name = el('bdi', {}, [deal.customer || 'Unnamed customer']);
  const href = safeHttpUrl(deal.url);
  if (!href) return el('span', { className: 'deal__customer', attrs: { dir: 'auto' } }, [name]);
  return el(
    'a',
    {
      className: 'deal__customer',
      attrs: { href, target: '_blank', rel: 'noopener', dir: 'auto', title: 'Open the plan' },
    },
    [name],
  );
}

export function statusChip(status: PortfolioDealJson['status']): HTMLElement {
  const badge = BADGES[status] ?? BADGES['At risk'];
  return el(
    'span',
    { className: `badge badge--small badge--${badge.modifier}`, attrs: { 'data-status': status } },
    [
      el('span', { className: 'badge__icon', attrs: { 'aria-hidden': 'true' } }, [badge.icon]),
      status,
    ],
  );
}

function dealItem(deal: PortfolioDealJson, today: string, timeZone: string): HTMLElement {
  const lines: Child[] = [
    el('div', { className: 'deal__head' }, [customerLink(deal), statusChip(deal.status)]),
  ];
  if (deal.archived) {
    lines.push(
      el('p', { className: 'deal__line deal__archived' }, [
        archivedText(deal.archived, timeZone, today),
      ]),
    );
  }
  lines.push(
    line({ text: progressText(deal.progress), warn: false }),
    line(signatureText(deal.signatureDate, today)),
  );
  if (!deal.archived) {
    lines.push(
      line(countsText(deal)),
      line(commitmentText(deal.prospectCommitment)),
      line(customerEditText(deal.lastCustomerEdit, timeZone, today)),
      line(backgroundText(deal.background, timeZone, today), ' deal__background'),
    );
    if (deal.stale)
      lines.push(line({ text: staleText(deal.asOf, timeZone, today), warn: true }, ' deal__stale'));
    if (deal.signals.length) {
      lines.push(
        el(
          'ul',
          { className: 'deal__signals', attrs: { 'aria-label': 'For you and your AE' } },
          deal.signals.map((signal) => el('li', { attrs: { dir: 'auto' } }, [signal])),
        ),
      );
    }
  }
  return el(
    'li',
    {
      className: `deal${deal.archived ? ' deal--archived' : ''}`,
      attrs: { 'data-deal': deal.spreadsheetId },
    },
    lines,
  );
}
