// Templates as a radio group of cards: a seller compares step count and length at a glance.
import type { TemplateSummary } from '../../shared/api';
import { el, uid } from '../dom';
import { templateMeta } from '../format';

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
