// The create form's composite inputs: the template cards, the sellers' rows and the holidays.
import { isDateKey } from '../../core/dates';
import { CREATE_PLAN_LIMITS, type Seller, type TemplateSummary } from '../../shared/api';
import { button, field, input, type Field } from '../controls';
import { el, replaceChildren, uid } from '../dom';
import { dayText, templateMeta } from '../wording';
import type { FieldError } from './options';

// Templates as a radio group of cards: a seller compares step count and length at a glance.

export interface TemplatePicker {
  root: HTMLElement;
  value(): string;
  setError(message: string | null): void;
}

export function templatePicker(
  templates: TemplateSummary[],
  onChange: (id: string) => void,
): TemplatePicker {
  const group = uid('template');
  const errorId = `${group}-error`;
  const error = el('p', { id: errorId, className: 'field__error', attrs: { hidden: true } });
  const radios: HTMLInputElement[] = [];
  const cards = templates.map((template, index) => {
    const id = `${group}-${index}`;
    const metaId = `${id}-meta`;
    const radio = el('input', {
      id,
      className: 'template__radio',
      attrs: {
        type: 'radio',
        name: group,
        value: template.id,
        'aria-describedby': metaId,
        'data-focus': `template-${template.id}`,
      },
      on: { change: () => onChange(template.id) },
    });
    // Pre-select the first so the preview can start as soon as a date is picked.
    radio.checked = index === 0;
    radios.push(radio);
    return el('div', { className: 'template' }, [
      radio,
      el('label', { className: 'template__label', attrs: { for: id } }, [
        el('span', { className: 'template__name' }, [template.name]),
        el('span', { id: metaId, className: 'template__meta' }, [templateMeta(template)]),
        template.description
          ? el('span', { className: 'template__description' }, [template.description])
          : null,
      ]),
    ]);
  });
  const root = el(
    'fieldset',
    { className: 'fieldset templates', attrs: { 'data-focus': 'template' } },
    [
      el('legend', { className: 'field__label' }, ['Template']),
      ...cards,
      templates.length ? null : el('p', { className: 'muted' }, ['No templates are available.']),
      error,
    ],
  );
  return {
    root,
    value: () => radios.find((radio) => radio.checked)?.value ?? '',
    setError(message) {
      error.textContent = message ?? '';
      error.hidden = !message;
    },
  };
}

// The sellers who own the vendor side: name + email rows the user can add and remove.

export interface SellerRows {
  root: HTMLElement;
  values(): Seller[];
  /** Shows the errors whose field is 'seller-<index>-name|email'; clears the others. */
  setErrors(errors: FieldError[]): void;
  focusField(field: string): boolean;
}

interface Row {
  root: HTMLElement;
  name: Field<HTMLInputElement>;
  email: Field<HTMLInputElement>;
  remove: HTMLButtonElement;
}

export function sellerRows(first: Seller): SellerRows {
  const rows: Row[] = [];
  const list = el('div', { className: 'sellers__list' });

  const renumber = () => {
    rows.forEach((row, index) => {
      const n = index + 1;
      row.root.querySelector('.sellers__title')!.textContent = `Seller ${n}`;
      row.name.control.setAttribute('data-focus', `seller-${index}-name`);
      row.email.control.setAttribute('data-focus', `seller-${index}-email`);
      row.remove.setAttribute('aria-label', `Remove seller ${n}`);
      // One row always stays, so there is always somewhere to type.
      row.remove.hidden = rows.length === 1;
    });
    // The server takes so many sellers and no more.
    if (add) add.hidden = rows.length >= CREATE_PLAN_LIMITS.sellers;
  };

  const addRow = (seller: Seller) => {
    const name = field(input({ value: seller.name, autocomplete: 'name' }), {
      label: 'Name',
      name: 'seller-name',
    });
    const email = field(input({ type: 'email', value: seller.email, autocomplete: 'email' }), {
      label: 'Email',
      name: 'seller-email',
    });
    const titleId = uid('seller-title');
    const row: Row = {
      root: el('div', {
        className: 'sellers__row',
        attrs: { role: 'group', 'aria-labelledby': titleId },
      }),
      name,
      email,
      remove: button('Remove', {
        kind: 'link',
        onClick: () => {
          const index = rows.indexOf(row);
          rows.splice(index, 1);
          row.root.remove();
          renumber();
          const next = rows[Math.min(index, rows.length - 1)];
          next?.name.control.focus();
        },
      }),
    };
    row.root.appendChild(
      el('div', { className: 'sellers__head' }, [
        el('span', { className: 'sellers__title', id: titleId }),
        row.remove,
      ]),
    );
    row.root.appendChild(name.root);
    row.root.appendChild(email.root);
    rows.push(row);
    list.appendChild(row.root);
    renumber();
    return row;
  };

  let add: HTMLButtonElement | null = null;
  addRow(first);
  add = button('Add a seller', {
    kind: 'link',
    focus: 'seller-add',
    onClick: () => addRow({ name: '', email: '' }).name.control.focus(),
  });

  const root = el('fieldset', { className: 'fieldset sellers' }, [
    el('legend', { className: 'field__label' }, [
      'Sellers ',
      el('span', { className: 'field__optional' }, ['(your team)']),
    ]),
    list,
    add,
  ]);

  const lookup = (key: string): Field<HTMLInputElement> | undefined => {
    const match = /^seller-(\d+)-(name|email)$/.exec(key);
    if (!match) return undefined;
    const row = rows[Number(match[1])];
    return row ? (match[2] === 'name' ? row.name : row.email) : undefined;
  };

  return {
    root,
    values: () =>
      rows.map((row) => ({ name: row.name.control.value, email: row.email.control.value })),
    setErrors(errors) {
      rows.forEach((row) => {
        row.name.setError(null);
        row.email.setError(null);
      });
      for (const error of errors) lookup(error.field)?.setError(error.message);
    },
    focusField(key) {
      const target = lookup(key);
      target?.control.focus();
      return Boolean(target);
    },
  };
}

// Holidays: days the work-back skips besides weekends, added one date at a time and listed in
// the sidebar's date style, each with a way to remove it.

export interface HolidayList {
  root: HTMLElement;
  /** The days added, earliest first. */
  values(): string[];
  setError(message: string | null): void;
  focus(): void;
}

export function holidayList(today: string, onChange: () => void): HolidayList {
  const days: string[] = [];
  const picker = input({ type: 'date', 'aria-label': 'Holiday', 'data-focus': 'holiday' });
  const error = el('p', {
    id: uid('holidays-error'),
    className: 'field__error',
    attrs: { hidden: true },
  });
  picker.setAttribute('aria-describedby', error.id);
  const list = el('ul', { className: 'holidays__list', attrs: { 'aria-label': 'Holidays added' } });
  const setError = (message: string | null) => {
    error.textContent = message ?? '';
    error.hidden = !message;
    if (message) picker.setAttribute('aria-invalid', 'true');
    else picker.removeAttribute('aria-invalid');
  };

  const draw = () => {
    replaceChildren(
      list,
      days.map((day) => {
        const shown = dayText(day, today);
        const remove = button('Remove', {
          kind: 'link',
          onClick: () => {
            days.splice(days.indexOf(day), 1);
            draw();
            onChange();
            picker.focus();
          },
        });
        remove.setAttribute('aria-label', `Remove ${shown}`);
        return el('li', { className: 'holidays__item' }, [
          el('span', { className: 'holidays__day' }, [shown]),
          remove,
        ]);
      }),
    );
    add.disabled = days.length >= CREATE_PLAN_LIMITS.holidays;
  };
  const addPicked = () => {
    const day = picker.value;
    if (!isDateKey(day)) {
      setError('Pick a date to add.');
      return;
    }
    setError(null);
    picker.value = '';
    if (days.includes(day)) return;
    days.push(day);
    days.sort();
    draw();
    onChange();
  };
  const add = button('Add holiday', {
    kind: 'secondary',
    focus: 'holiday-add',
    onClick: addPicked,
  });
  // Enter in the date field adds the day rather than submitting the whole form.
  picker.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    addPicked();
  });

  const root = el('fieldset', { className: 'fieldset holidays' }, [
    el('legend', { className: 'field__label' }, [
      'Holidays ',
      el('span', { className: 'field__optional' }, ['(optional)']),
    ]),
    el('p', { className: 'field__hint' }, ['Days off besides weekends: no step is dated on them.']),
    el('div', { className: 'holidays__add' }, [picker, add]),
    error,
    list,
  ]);
  return {
    root,
    values: () => [...days],
    setError,
    focus: () => picker.focus(),
  };
}
