// What the sheet's colours mean: the seven states its conditional formatting paints, each drawn
// with the same fill and font as the sheet's rule (one palette, in core), so a colour seen in
// the sheet can be looked up here, and never by colour alone.
// From the module itself: core/plan's index would bundle the templates into the sidebar.
import { PALETTE, RULE_ORDER, type CellLook, type RuleId } from '../../core/plan/rules';
import { el } from '../dom';

const LABELS: Record<RuleId, string> = {
  done: 'Done',
  skipped: 'Skipped',
  dateUnreadable: 'Date unreadable',
  late: 'Late',
  blocked: 'Blocked',
  uncommitted: 'Uncommitted',
  dueSoon: 'Due soon',
};

function styleOf(look: CellLook): string {
  const lines = [look.underline ? 'underline' : '', look.strikethrough ? 'line-through' : ''];
  return [
    `background-color: ${look.background ?? 'transparent'}`,
    `color: ${look.fontColor}`,
    `font-weight: ${look.bold ? 700 : 400}`,
    `font-style: ${look.italic ? 'italic' : 'normal'}`,
    `text-decoration-line: ${lines.filter(Boolean).join(' ') || 'none'}`,
  ].join('; ');
}

export function legend(): HTMLElement {
  return el('section', { className: 'legend', attrs: { 'aria-labelledby': 'legend-title' } }, [
    el('h3', { id: 'legend-title', className: 'section-title' }, ['What the sheet’s colours mean']),
    el(
      'ul',
      { className: 'legend__list', attrs: { 'aria-labelledby': 'legend-title' } },
      RULE_ORDER.map((id) =>
        el('li', { className: 'legend__item', attrs: { style: styleOf(PALETTE[id]) } }, [
          LABELS[id],
        ]),
      ),
    ),
  ]);
}
