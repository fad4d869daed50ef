// The sidebar's entry point (bundled by build.mjs into dist/Sidebar.html): loads everything in
// one call, then shows the create form (no plan) or the Status and Weekly email tabs. Later
// calls redraw only the part they changed; Refresh, and coming back to the sidebar, load all
// of it again in one call.
import type { SidebarState } from '../shared/api';
import { announce, call, errorMessage } from './api';
import { byId, el, replaceChildren, focusedKey, restoreFocus } from './dom';
import { button, tabs, type Tabs } from './controls';
import { createScreen } from './create/form';
import { keepFresh } from './freshness';
import { digestScreen, type DigestHost } from './weekly-email/screen';
import { scheduleSaver, type ScheduleSaver } from './weekly-email/schedule-saver';
import { statusScreen } from './status/screen';
import { planScreen } from './deals/plan-lifecycle';
import { dealsTab, type DealsTab } from './deals/screen';

type TabId = 'status' | 'email' | 'deals' | 'create';

/** The plan's screens while they are shown: what the page-wide listeners below act on. */
interface Shown {
  reload(): Promise<void>;
  saver: ScheduleSaver;
}
let shown: Shown | null = null;

const freshness = keepFresh({
  reload: () => shown?.reload().catch(() => undefined) ?? Promise.resolve(),
  busy: () => shown?.saver.busy() ?? false,
});
// A schedule change still waiting for its pause is sent as the page is left, and closing the
// sidebar with one unsaved asks first.
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') shown?.saver.flush();
});
window.addEventListener('pagehide', () => shown?.saver.flush());
window.addEventListener('beforeunload', (event) => {
  if (!shown?.saver.unsaved()) return;
  shown.saver.flush();
  event.preventDefault();
});

async function load(tab: TabId, focusTitle = false): Promise<boolean> {
  const app = byId('app');
  app.setAttribute('aria-busy', 'true');
  if (!app.querySelector('.screen, form, .tabs-root')) {
    replaceChildren(app, [
      el('p', { className: 'loading' }, [el('span', { className: 'spinner' }), 'Loading…']),
    ]);
  }
  try {
    const state = await call('getSidebarState');
    app.removeAttribute('aria-busy');
    render(app, state, tab);
    if (focusTitle) app.querySelector<HTMLElement>('.screen-title')?.focus();
    return true;
  } catch (error) {
    app.removeAttribute('aria-busy');
    showLoadError(app, errorMessage(error), tab);
    return false;
  }
}

function showLoadError(app: HTMLElement, reason: string, tab: TabId): void {
  const retry: HTMLButtonElement = button('Try again', {
    kind: 'primary',
    focus: 'load-retry',
    onClick: () => {
      retry.disabled = true;
      announce('progress', 'Loading the plan…');
      void load(tab).then((ok) => {
        if (ok) announce('success', 'Loaded.');
      });
    },
  });
  replaceChildren(app, [
    el('div', { className: 'callout callout--error' }, [
      el('p', { className: 'callout__title' }, ['Could not load the plan.']),
      el('p', {}, [reason]),
      el('div', { className: 'button-row' }, [retry]),
    ]),
  ]);
  announce('error', `Could not load the plan. ${reason}`);
}

/**
 * A plan exists but cannot be read (a required column renamed or deleted). Offering the create
 * form here would only earn a refusal, so say what is wrong and let the user check again once
 * the sheet is fixed.
 */
function showPlanProblem(app: HTMLElement, problem: string, tab: TabId): void {
  const again: HTMLButtonElement = button('Check again', {
    kind: 'primary',
    focus: 'plan-problem-retry',
    onClick: () => {
      again.disabled = true;
      announce('progress', 'Reading the plan again…');
      // Whatever the answer, the screen is redrawn and focus goes to its title.
      void load(tab, true).then((ok) => {
        if (!ok) return;
        if (app.querySelector('[data-testid="plan-problem"]')) {
          announce('error', 'The plan still cannot be read.');
        } else {
          announce('success', 'The plan can be read again.');
        }
      });
    },
  });
  replaceChildren(app, [
    el('div', { className: 'screen' }, [
      el('h2', { className: 'screen-title', attrs: { tabindex: '-1' } }, ['Plan status']),
      el('div', { className: 'callout callout--error', attrs: { 'data-testid': 'plan-problem' } }, [
        el('p', { className: 'callout__title' }, ['The add-on cannot read this plan.']),
        el('p', {}, [problem]),
        el('p', { className: 'muted' }, [
          'Undo the change in the sheet (Edit › Undo, or File › Version history), then check again.',
        ]),
        el('div', { className: 'button-row' }, [again]),
      ]),
    ]),
  ]);
}

function render(app: HTMLElement, state: SidebarState, tab: TabId): void {
  shown = null;
  freshness.loaded();
  const plan = state.plan;
  // The seller's deals are reachable from any spreadsheet, with a plan or without one.
  const deals: DealsTab = dealsTab(state.timeZone);
  const opened = (id: string) => {
    if (id === 'deals') deals.opened();
  };
  if (!plan && state.planProblem) {
    showPlanProblem(app, state.planProblem, tab);
    besideDeals(app, { id: 'status', label: 'Status' }, tab, deals, opened);
    return;
  }
  if (!plan) {
    // The weekly email can outlive its plan (the tab was deleted); say so above the form.
    const banner = state.digest?.banner;
    replaceChildren(app, [
      banner
        ? el(
            'div',
            { className: 'callout callout--warn app__banner', attrs: { 'data-testid': 'banner' } },
            [el('p', { className: 'callout__title' }, ['Weekly email']), el('p', {}, [banner])],
          )
        : null,
      createScreen(state, () => {
        // The plan exists now; fetch its status the same way a fresh sidebar would.
        void load('status', true).then((ok) => {
          if (!ok) announce('info', 'The plan was created. Reopen the sidebar to see its status.');
        });
      }),
    ]);
    besideDeals(app, { id: 'create', label: 'New plan' }, tab, deals, opened);
    return;
  }

  /** Redraws one panel, keeping focus on the same control (or `fallback`) when it was inside. */
  const redraw = (id: TabId, content: () => HTMLElement, fallback?: string) => {
    const key = focusedKey();
    view.setPanel(id, content());
    restoreFocus(byId(`panel-${id}`), key, fallback);
  };
  /** Everything again, in one call; a plan gone or unreadable meanwhile redraws the whole page. */
  const reloadAll = async (fallback?: string): Promise<void> => {
    const next = await call('getSidebarState');
    freshness.loaded();
    if (!next.plan) {
      render(app, next, view.selected() as TabId);
      return;
    }
    Object.assign(state, next);
    redraw('status', drawStatus, fallback);
    redraw('email', drawDigest);
  };
  const drawStatus = (): HTMLElement =>
    planScreen(
      state,
      statusScreen(state.plan ?? plan, {
        reload: () => reloadAll('refresh'),
        update(next) {
          state.plan = next;
          redraw('status', drawStatus, 'reapply');
        },
      }),
      (portfolio) => {
        // Archiving or reopening changes the plan's triggers, so its weekly email too.
        // An answer without these fields means they are gone, so none may linger from before.
        deals.show(portfolio);
        state.archived = null;
        state.background = null;
        void host.reload();
      },
    );
  const update = (digest: SidebarState['digest']) => {
    state.digest = digest;
    redraw('email', drawDigest, 'recipients');
  };
  const host: DigestHost = {
    update,
    async reload() {
      try {
        await reloadAll();
      } catch (error) {
        const said = byId('notice').textContent ?? '';
        announce('info', `${said} The screen could not refresh: ${errorMessage(error)}`);
      }
    },
    saver: scheduleSaver((choice) => call('configureWeeklyDigest', choice), update),
  };
  const drawDigest = (): HTMLElement => digestScreen(state.digest, state, host);

  // Redraws run only after this line (on user action), so `view` is always set by then.
  const view: Tabs = tabs(
    [
      { id: 'status', label: 'Status', panel: drawStatus() },
      { id: 'email', label: 'Weekly email', panel: drawDigest() },
      { id: 'deals', label: 'Your deals', panel: deals.root },
    ],
    tab,
    (id) => {
      freshness.tabSwitched();
      opened(id);
    },
  );
  if (tab === 'deals') deals.opened();
  replaceChildren(app, [view.root]);
  shown = { reload: () => reloadAll(), saver: host.saver };
}

/** Puts what `app` shows into a first tab, with "Your deals" as the second. */
function besideDeals(
  app: HTMLElement,
  first: { id: TabId; label: string },
  tab: TabId,
  deals: DealsTab,
  opened: (id: string) => void,
): void {
  const panel = el('div', {}, Array.from(app.childNodes));
  const initial = tab === 'deals' ? 'deals' : first.id;
  const view = tabs(
    [
      { ...first, panel },
      { id: 'deals', label: 'Your deals', panel: deals.root },
    ],
    initial,
    opened,
  );
  if (initial === 'deals') deals.opened();
  replaceChildren(app, [view.root]);
}

void load('status');
