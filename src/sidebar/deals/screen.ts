// "Your deals": every plan of the seller's, read when the tab is first opened (and on Refresh),
// with what needs attention on top, the deals riskiest first, the weeks ahead, and a copy of
// the list into the open spreadsheet.
import type { PortfolioJson, PortfolioOptionsJson } from '../../shared/api';
import { announce, call, errorMessage, runAction } from '../api';
import { button } from '../controls';
import { el, focusedKey, replaceChildren, restoreFocus } from '../dom';
import { dealList } from './deal-list';
import { weekStrip } from './week-strip';
import { DEFAULT_CRUNCH_THRESHOLD, triggersText } from './wording';

export interface DealsTab {
  root: HTMLElement;
  /** Called whenever the tab is shown: loads the deals the first time. */
  opened(): void;
  /** Shows deals another call answered with (archiving or reopening the plan). */
  show(portfolio: PortfolioJson): void;
}

export function dealsTab(timeZone: string): DealsTab {
  const body = el('div', { className: 'deals-body' });
  let loading = false;
  // A new tab (a fresh load of the sidebar, or after creating a plan) reads the deals again.
  let remembered: PortfolioJson | null = null;

  const draw = (answer: PortfolioJson) => {
    // The threshold is saved on the server; an answer that does not repeat it keeps the last.
    const portfolio = {
      ...answer,
      crunchThreshold: answer.crunchThreshold ?? remembered?.crunchThreshold,
    };
    remembered = portfolio;
    const key = focusedKey();
    replaceChildren(body, [
      attention(portfolio),
      dealList(portfolio, timeZone),
      weekStrip(portfolio, changeThreshold),
    ]);
    restoreFocus(root, key);
  };

  const firstLoad = async () => {
    loading = true;
    root.setAttribute('aria-busy', 'true');
    replaceChildren(body, [
      el('p', { className: 'loading' }, [
        el('span', { className: 'spinner', attrs: { 'aria-hidden': 'true' } }),
        'Loading your deals…',
      ]),
    ]);
    try {
      draw(await call('getPortfolio'));
    } catch (error) {
      showLoadError(errorMessage(error));
    } finally {
      loading = false;
      root.removeAttribute('aria-busy');
    }
  };

  const showLoadError = (reason: string) => {
    const retry = button('Try again', {
      kind: 'primary',
      focus: 'deals-retry',
      onClick: () => void firstLoad(),
    });
    replaceChildren(body, [
      el('div', { className: 'callout callout--error', attrs: { 'data-testid': 'deals-error' } }, [
        el('p', { className: 'callout__title' }, ['Could not load your deals.']),
        el('p', {}, [reason]),
        el('div', { className: 'button-row' }, [retry]),
      ]),
    ]);
    announce('error', `Could not load your deals. ${reason}`);
  };

  const reload = (trigger: HTMLButtonElement | null, options?: PortfolioOptionsJson) =>
    runAction(
      trigger,
      {
        progress: 'Reading your deals…',
        success: (p: PortfolioJson) =>
          options?.crunchThreshold
            ? `Crunch weeks now start at ${options.crunchThreshold} deals.`
            : `Your deals are up to date (${p.deals.length}).`,
        failure: 'Could not read your deals.',
      },
      () => (options ? call('getPortfolio', options) : call('getPortfolio')),
    );

  const changeThreshold = (threshold: number, control: HTMLSelectElement) => {
    const before = String(remembered?.crunchThreshold ?? DEFAULT_CRUNCH_THRESHOLD);
    control.disabled = true;
    void reload(null, { crunchThreshold: threshold }).then((outcome) => {
      control.disabled = false;
      if (outcome.ok) draw({ ...outcome.value, crunchThreshold: threshold });
      else control.value = before;
      restoreFocus(root, 'crunch-threshold');
    });
  };

  const refresh: HTMLButtonElement = button('Refresh', {
    focus: 'deals-refresh',
    onClick: () => {
      if (!remembered) {
        if (!loading) void firstLoad();
        return;
      }
      void reload(refresh).then((outcome) => {
        if (outcome.ok) draw(outcome.value);
      });
    },
  });

  const written = el('p', {
    className: 'summary__line muted',
    attrs: { 'data-testid': 'written' },
  });
  const write: HTMLButtonElement = button('Write to this sheet', {
    focus: 'deals-write',
    onClick: () =>
      void runAction(
        write,
        {
          progress: 'Writing your deals into this spreadsheet…',
          busyLabel: 'Writing…',
          success: (result) => result.message,
          failure: 'Could not write your deals.',
        },
        () => call('writeMyDealsSheet'),
      ).then((outcome) => {
        written.textContent = outcome.ok ? outcome.value.message : '';
      }),
  });

  const root: HTMLElement = el('div', { className: 'screen deals-screen' }, [
    el('div', { className: 'summary__head' }, [
      el('h2', { className: 'screen-title', attrs: { tabindex: '-1' } }, ['Your deals']),
      refresh,
    ]),
    body,
    el('section', { className: 'card', attrs: { 'aria-label': 'Copy to this sheet' } }, [
      el('p', { className: 'muted' }, [
        'Copy this list, one row per deal, into a tab of the spreadsheet you have open.',
      ]),
      el('div', { className: 'button-row' }, [write]),
      written,
    ]),
  ]);

  return {
    root,
    opened() {
      if (!remembered && !loading) void firstLoad();
    },
    show: draw,
  };
}

/** Plans that could not be read, and the trigger budget every plan of the user's shares. */
function attention(portfolio: PortfolioJson): HTMLElement {
  const triggers = triggersText(portfolio.triggers);
  const budget = el(
    'p',
    { className: triggers.warn ? '' : 'muted', attrs: { 'data-testid': 'deals-triggers' } },
    [triggers.text],
  );
  if (!portfolio.warnings.length && !triggers.warn) return budget;
  return el(
    'div',
    { className: 'callout callout--warn', attrs: { 'data-testid': 'deals-warnings' } },
    [
      el('p', { className: 'callout__title' }, [
        el('span', { className: 'callout__icon', attrs: { 'aria-hidden': 'true' } }, ['⚠']),
        ' Needs your attention',
      ]),
      portfolio.warnings.length
        ? el(
            'ul',
            { className: 'sheet-warnings' },
            portfolio.warnings.map((w) => el('li', { attrs: { dir: 'auto' } }, [w.message])),
          )
        : null,
      budget,
    ],
  );
}
