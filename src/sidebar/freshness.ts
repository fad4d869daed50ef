// The sheet changes behind the sidebar's back (people edit the plan, a prospect adds someone to
// the Stakeholders tab) and nothing tells the sidebar. So it reads everything again when the
// user comes back to it (the window regains focus or is shown again), or switches tabs after a
// while, at most once every few seconds, and never under a user in the middle of something: a
// field being typed in, a confirm step or preview open, a call or a save still running.

/** The least time between two reloads the sidebar starts by itself. */
export const RELOAD_PAUSE_MS = 4_000;
/** A tab switch reloads only what is older than this; coming back reloads sooner. */
export const STALE_AFTER_MS = 60_000;
/** A keystroke this recent in a focused field means the user is still typing. */
const TYPING_MS = 10_000;

const FIELDS = 'input, textarea, select, [contenteditable]';

export interface FreshnessOptions {
  /** Reads everything again and redraws. */
  reload(): Promise<unknown>;
  /** Something the document cannot show, such as a change still waiting to be saved. */
  busy(): boolean;
}

export interface Freshness {
  /** Says the sidebar was just loaded by other means (Refresh, after a send). */
  loaded(): void;
  /** A tab was switched to: reload if what is shown is old. */
  tabSwitched(): void;
}

export function keepFresh(options: FreshnessOptions): Freshness {
  let lastLoad = Date.now();
  let lastTyped = 0;
  let away = false;
  let running = false;

  const typing = () => {
    const active = document.activeElement;
    return (
      active instanceof Element && active.matches(FIELDS) && Date.now() - lastTyped < TYPING_MS
    );
  };
  // Parts the user is in the middle of mark themselves data-in-use; calls mark aria-busy.
  const inUse = () =>
    typing() ||
    options.busy() ||
    document.querySelector('[data-in-use], [aria-busy="true"]') !== null;

  const reload = (olderThan: number) => {
    if (running || Date.now() - lastLoad < olderThan || inUse()) return;
    away = false;
    running = true;
    void options.reload().finally(() => {
      running = false;
      lastLoad = Date.now();
    });
  };
  // A return that is too soon or finds the user busy leaves `away` set for the next one.
  const comeBack = () => {
    if (away) reload(RELOAD_PAUSE_MS);
  };

  const typed = () => {
    lastTyped = Date.now();
  };
  document.addEventListener('input', typed, true);
  document.addEventListener('keydown', typed, true);
  window.addEventListener('blur', () => {
    away = true;
  });
  window.addEventListener('focus', comeBack);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') away = true;
    else comeBack();
  });

  return {
    loaded() {
      lastLoad = Date.now();
    },
    tabSwitched() {
      reload(away ? RELOAD_PAUSE_MS : STALE_AFTER_MS);
    },
  };
}
