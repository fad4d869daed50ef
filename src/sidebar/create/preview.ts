// The dates worked back from signature, shown while the form is filled in, and the one-click
// ways out when the first step would already be in the past.
import { plural } from '../../core/text';
import type { SchedulePreview, TemplateSummary } from '../../shared/api';
import { call } from '../api';
import { button } from '../controls';
import { debounce, el, replaceChildren } from '../dom';
import { dayText } from '../wording';
import {
  signatureIsPast,
  toPreviewOptions,
  type CreateFormValues,
  type FieldError,
} from './options';

export type PreviewView =
  | { kind: 'idle'; message: string }
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; preview: SchedulePreview; compressed: boolean; holidays: string[] };

export interface PreviewActions {
  compress(): void;
  undoCompress(): void;
  moveSignature(date: string): void;
  retry(): void;
  /** The server's problems with single fields (none once they are fixed), for under the fields. */
  fieldErrors(errors: FieldError[]): void;
}

export interface SchedulePreviewView {
  root: HTMLElement;
  update(view: PreviewView): void;
}

/** The fields the form shows a message under (the rest are said in the preview). */
const FIELDS_SHOWN =
  /^(?:template|customer|vendor|goal|signatureDate|goLiveDate|holidays|seller-\d+-(?:name|email))$/;

export function schedulePreview(today: string, actions: PreviewActions): SchedulePreviewView {
  // The live part stays in the page so screen readers notice it change; the long step list
  // sits outside it so it is not read out on every keystroke.
  const live = el('div', { className: 'preview__live', attrs: { 'aria-live': 'polite' } });
  const list = el('div', { className: 'preview__list' });
  const root = el(
    'section',
    { className: 'preview', attrs: { 'aria-labelledby': 'preview-title' } },
    [el('h3', { id: 'preview-title', className: 'section-title' }, ['Schedule']), live, list],
  );

  const day = (key: string) => dayText(key, today);

  /** The server could not work the dates out: its reasons are under their fields. */
  function refused(errors: FieldError[]) {
    // A problem with no field of its own to sit under is said here instead.
    const loose = errors.filter((e) => !FIELDS_SHOWN.test(e.field));
    replaceChildren(live, [
      el('p', { className: 'preview__summary text-warn' }, [
        `No dates yet: fix ${errors.length - loose.length ? 'the marked fields' : 'the form'} first.`,
      ]),
      loose.length
        ? el(
            'ul',
            { className: 'preview__warnings' },
            loose.map((e) => el('li', {}, [e.message])),
          )
        : null,
    ]);
    replaceChildren(list, []);
  }

  function ready(preview: SchedulePreview, compressed: boolean, holidays: string[]) {
    if (preview.fieldErrors?.length) {
      refused(preview.fieldErrors);
      return;
    }
    const goLive = preview.goLiveDate ? ` Go-live ${day(preview.goLiveDate)}.` : '';
    const summary = el('p', { className: 'preview__summary' }, [
      `${plural(preview.steps.length, 'step')} from ${day(preview.firstDate)} to signature on ${day(preview.signatureDate)}.${goLive}`,
    ]);
    const skipped = skippedHolidays(preview, holidays);
    const holidayLine = skipped.length
      ? el('p', { className: 'preview__holidays' }, [
          `Skips ${plural(skipped.length, 'holiday')}: ${skipped.map(day).join(', ')}.`,
        ])
      : null;
    let trouble: HTMLElement | null = null;
    if (compressed) {
      trouble = el(
        'div',
        {
          className: 'callout callout--info',
          attrs: { 'data-focus': 'compressed', tabindex: '-1' },
        },
        [
          el('p', {}, [
            'Compressed: every step is squeezed in between today and the signature date, so each gets less time than the template allows.',
          ]),
          button('Undo compress', {
            kind: 'link',
            focus: 'undo-compress',
            onClick: actions.undoCompress,
          }),
        ],
      );
    } else if (preview.startsInPast) {
      const past = preview.startsInPast;
      trouble = el(
        'div',
        {
          className: 'callout callout--warn',
          attrs: { 'data-focus': 'past-start', tabindex: '-1' },
        },
        [
          el('p', { className: 'callout__title' }, [
            el('span', { className: 'callout__icon', attrs: { 'aria-hidden': 'true' } }, ['⚠']),
            ` The first step would have to start ${plural(past.businessDays, 'business day')} ago.`,
          ]),
          // Our sentence, not the server's: it names both ways out in the sidebar's date style.
          el('p', {}, [
            `Compress to keep ${day(preview.signatureDate)} with less time for every step, or move signature to ${day(past.earliestSignatureDate)} to keep the template’s pace.`,
          ]),
          el('div', { className: 'button-row' }, [
            button('Compress the plan', {
              kind: 'secondary',
              focus: 'compress',
              onClick: actions.compress,
            }),
            button(`Move signature to ${day(past.earliestSignatureDate)}`, {
              kind: 'secondary',
              focus: 'move-signature',
              onClick: () => actions.moveSignature(past.earliestSignatureDate),
            }),
          ]),
        ],
      );
    }
    const warnings = preview.warnings.length
      ? el(
          'ul',
          { className: 'preview__warnings' },
          preview.warnings.map((text) => el('li', {}, [text])),
        )
      : null;
    replaceChildren(live, [summary, holidayLine, trouble, warnings]);
    replaceChildren(list, [
      el('details', { className: 'preview__details' }, [
        el('summary', {}, [`Show all ${plural(preview.steps.length, 'date')}`]),
        el(
          'ol',
          { className: 'preview__steps' },
          preview.steps.map((step) =>
            el('li', {}, [
              el('span', { className: 'preview__date' }, [day(step.targetDate)]),
              el('span', { className: 'preview__step' }, [step.step]),
              step.side ? el('span', { className: 'preview__side' }, [step.side]) : null,
            ]),
          ),
        ),
      ]),
    ]);
  }

  return {
    root,
    update(view) {
      switch (view.kind) {
        case 'idle':
          root.classList.remove('is-loading');
          replaceChildren(live, [el('p', { className: 'muted' }, [view.message])]);
          replaceChildren(list, []);
          return;
        case 'loading':
          // Keep the last list visible: it only dims, so the layout does not jump while typing.
          root.classList.add('is-loading');
          replaceChildren(live, [
            el('p', { className: 'muted' }, [
              el('span', { className: 'spinner', attrs: { 'aria-hidden': 'true' } }),
              'Working back the dates…',
            ]),
          ]);
          return;
        case 'error':
          root.classList.remove('is-loading');
          replaceChildren(live, [
            el('div', { className: 'callout callout--error' }, [
              el('p', {}, [`Could not work out the dates. ${view.message}`]),
              button('Try again', { kind: 'link', onClick: actions.retry }),
            ]),
          ]);
          replaceChildren(list, []);
          return;
        case 'ready':
          root.classList.remove('is-loading');
          ready(view.preview, view.compressed, view.holidays);
          return;
      }
    },
  };
}

// Keeping the preview in step with the form: the server is asked once typing pauses, only when
// a date-relevant input changed, and a slower, older answer never overwrites a newer one.

const PREVIEW_DELAY_MS = 350;

export interface LivePreview {
  root: HTMLElement;
  /** Ask again once typing pauses. */
  schedule(): void;
  /** Ask now (`force`: even for inputs already asked about); resolves once the answer shows. */
  refresh(force?: boolean): Promise<void>;
  /** The preview on screen, if it answers exactly these form values. */
  shownFor(values: CreateFormValues): SchedulePreview | null;
}

/** The holidays the schedule skipped: as the server says, else those asked for within its span. */
function skippedHolidays(preview: SchedulePreview, asked: string[]): string[] {
  const end = preview.goLiveDate ?? preview.signatureDate;
  const within = (day: string) => day >= preview.firstDate && day <= end;
  return (preview.holidays ?? asked).filter(within);
}

export function livePreview(
  today: string,
  templates: TemplateSummary[],
  values: () => CreateFormValues,
  actions: PreviewActions,
): LivePreview {
  /** The date-relevant inputs of the last preview asked for, so typing a name asks nothing. */
  let askedKey = '';
  let seq = 0;
  let last: { key: string; preview: SchedulePreview } | null = null;
  let pending: Promise<void> | null = null;
  const view = schedulePreview(today, actions);
  const idle = (v: CreateFormValues) => ({
    kind: 'idle' as const,
    message: signatureIsPast(v, today, templates)
      ? 'Pick a signature date from today on to see the dates.'
      : 'Pick a template and a signature date to see the dates.',
  });
  view.update(idle(values()));

  const keyOf = (v: CreateFormValues) =>
    JSON.stringify([v.template, v.signatureDate, v.goLiveDate, v.holidays, v.compress]);

  function refresh(force = false): Promise<void> {
    const current = values();
    const options = toPreviewOptions(current, today, templates);
    const key = keyOf(current);
    if (!options) {
      askedKey = '';
      last = null;
      // Invalidates an answer still on its way: it was asked for other dates.
      seq += 1;
      view.update(idle(current));
      actions.fieldErrors([]);
      return Promise.resolve();
    }
    if (!force && key === askedKey) return pending ?? Promise.resolve();
    askedKey = key;
    const mine = ++seq;
    view.update({ kind: 'loading' });
    pending = call('previewSchedule', options).then(
      (preview) => {
        if (mine !== seq) return;
        last = { key, preview };
        view.update({
          kind: 'ready',
          preview,
          compressed: current.compress,
          holidays: options.holidays ?? [],
        });
        actions.fieldErrors(preview.fieldErrors ?? []);
      },
      (error: Error) => {
        if (mine !== seq) return;
        askedKey = '';
        view.update({ kind: 'error', message: error.message });
      },
    );
    return pending;
  }
  const later = debounce(() => void refresh(), PREVIEW_DELAY_MS);

  return {
    root: view.root,
    schedule: later,
    refresh(force) {
      later.cancel();
      return refresh(force);
    },
    shownFor: (v) => (last && last.key === keyOf(v) ? last.preview : null),
  };
}
