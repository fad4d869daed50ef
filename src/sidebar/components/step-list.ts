// A titled list of steps, each a button that selects its row in the sheet.
import { call } from '../api';
import { el } from '../dom';
import { runAction } from '../notice';

export interface StepItem {
  row: number;
  title: string;
  /** The second line: owner, and why the step is listed. */
  detail: string;
  /** Shape-and-text marker of the list's meaning, e.g. 'late'. */
  tone?: 'late' | 'soon' | 'missing' | 'next' | 'warning';
}

export function stepList(options: {
  id: string;
  title: string;
  items: StepItem[];
  empty: string;
}): HTMLElement {
  const titleId = `${options.id}-title`;
  const body = options.items.length
    ? el(
        'ul',
        { className: 'steps', attrs: { 'aria-labelledby': titleId } },
        options.items.map((item) => el('li', {}, [stepButton(item)])),
      )
    : el('p', { className: 'muted steps__empty' }, [options.empty]);
  return el(
    'section',
    { className: 'step-section', id: options.id, attrs: { 'aria-labelledby': titleId } },
    [
      el('h3', { id: titleId, className: 'section-title' }, [
        options.title,
        el('span', { className: 'count' }, [String(options.items.length)]),
      ]),
      body,
    ],
  );
}

function stepButton(item: StepItem): HTMLButtonElement {
  const node: HTMLButtonElement = el(
    'button',
    {
      className: `step-link${item.tone ? ` step-link--${item.tone}` : ''}`,
      attrs: {
        type: 'button',
        'data-row': item.row,
        'data-focus': `row-${item.row}-${item.tone ?? ''}`,
        title: `Select row ${item.row} in the sheet`,
      },
      on: {
        click: () =>
          void runAction(
            node,
            {
              progress: `Selecting row ${item.row}…`,
              success: `Row ${item.row} is selected in the sheet.`,
              failure: `Could not select row ${item.row}.`,
            },
            () => call('selectStepRow', item.row),
          ),
      },
    },
    [
      el('span', { className: 'step-link__title' }, [item.title]),
      el('span', { className: 'step-link__detail' }, [item.detail]),
      el('span', { className: 'step-link__row' }, [`Row ${item.row}`]),
    ],
  );
  return node;
}
