// A titled list of steps, each a button that selects its row in the sheet.
import { call, runAction } from '../api';
import { append, el, type Child } from '../dom';

export interface StepItem {
  row: number;
  /** The step's name (sheet text, isolated) or what the row is about. */
  title: Child;
  /** The second line: owner, and why the step is listed. */
  detail: Child[];
  /** Why the add-on could not read part of the row, when the step is listed elsewhere. */
  notes?: string[];
  /** Shape-and-text marker of the list's meaning, e.g. 'late'. */
  tone?: 'late' | 'blocked' | 'soon' | 'missing' | 'next' | 'warning';
}

/**
 * How many steps a list shows before "Show all": a new plan has every step uncommitted, and a
 * wall of sixteen buttons would push the next steps out of a 300 px sidebar.
 */
export const SHOWN_STEPS = 5;

export function stepList(options: {
  id: string;
  title: string;
  items: StepItem[];
  /** Said when the list is empty; null leaves an empty list out altogether. */
  empty: string | null;
}): HTMLElement | null {
  if (!options.items.length && options.empty === null) return null;
  const titleId = `${options.id}-title`;
  const first = options.items.slice(0, SHOWN_STEPS);
  const rest = options.items.slice(SHOWN_STEPS);
  const list = el(
    'ul',
    { className: 'steps', attrs: { 'aria-labelledby': titleId } },
    first.map((item) => el('li', {}, [stepButton(item)])),
  );
  const more: HTMLButtonElement | null = rest.length
    ? el(
        'button',
        {
          className: 'button button--link steps__more',
          attrs: { type: 'button', 'data-focus': `${options.id}-more` },
          on: {
            click: () => {
              const added = rest.map(stepButton);
              append(
                list,
                added.map((node) => el('li', {}, [node])),
              );
              more?.remove();
              // Focus the first step that appeared, so keyboard users continue where they were.
              added[0]?.focus();
            },
          },
        },
        [`Show all ${options.items.length}`],
      )
    : null;
  const body = options.items.length
    ? [list, more]
    : [el('p', { className: 'muted steps__empty' }, [options.empty])];
  return el(
    'section',
    { className: 'step-section', id: options.id, attrs: { 'aria-labelledby': titleId } },
    [
      el('h3', { id: titleId, className: 'section-title' }, [
        options.title,
        el('span', { className: 'count' }, [String(options.items.length)]),
      ]),
      ...body,
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
      el('span', { className: 'step-link__detail' }, item.detail),
      ...(item.notes ?? []).map((note) =>
        el('span', { className: 'step-link__note' }, [
          el('span', { attrs: { 'aria-hidden': 'true' } }, ['⚠ ']),
          note,
        ]),
      ),
      el('span', { className: 'step-link__row' }, [`Row ${item.row}`]),
    ],
  );
  return node;
}
