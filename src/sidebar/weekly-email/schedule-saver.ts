// The schedule is saved as it is changed, so closing the sidebar never loses a choice: a short
// pause after the last change, then one call; a change made while that call runs is sent once
// it returns, and a change still waiting when the page is left is sent at once. The saver
// outlives the screen's redraws, so the user's choice and how its saving went stay on screen.
import type { DigestSettings, DigestStateJson } from '../../shared/api';
import { errorMessage } from '../api';
import { debounce } from '../dom';

export type ScheduleChoice = Pick<DigestSettings, 'enabled' | 'weekday' | 'hour' | 'reminders'>;

export type SaveState =
  { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; message: string };

/** Long enough to let a keyboard user arrow through the hours, short enough to feel immediate. */
export const AUTOSAVE_DELAY_MS = 1_000;

export interface ScheduleSaver {
  /** The user's choice the server has not confirmed yet, if any. */
  draft(): ScheduleChoice | null;
  state(): SaveState;
  /** Tells `render` of every state change from now on (replacing the previous listener). */
  watch(render: (state: SaveState) => void): void;
  change(choice: ScheduleChoice): void;
  /** Sends a waiting change now (the page is being left); a failed one is tried again. */
  flush(): void;
  /** Whether a change is waiting or being sent. */
  busy(): boolean;
  /** Whether a change is not saved yet, including one whose saving failed. */
  unsaved(): boolean;
}

export function scheduleSaver(
  send: (choice: ScheduleChoice) => Promise<DigestStateJson>,
  onSaved: (digest: DigestStateJson) => void,
): ScheduleSaver {
  let draft: ScheduleChoice | null = null;
  let state: SaveState = { kind: 'idle' };
  let sending: ScheduleChoice | null = null;
  let render: (state: SaveState) => void = () => undefined;

  const set = (next: SaveState) => {
    state = next;
    render(state);
  };

  const run = () => {
    if (sending || !draft) return;
    const choice = draft;
    sending = choice;
    set({ kind: 'saving' });
    send(choice).then(
      (digest) => {
        sending = null;
        // Changed again while this call ran: that newer choice goes next.
        if (draft !== choice) return run();
        draft = null;
        set({ kind: 'saved' });
        onSaved(digest);
      },
      (error: unknown) => {
        sending = null;
        if (draft !== choice) return run();
        set({ kind: 'failed', message: errorMessage(error) });
      },
    );
  };
  const later = debounce(run, AUTOSAVE_DELAY_MS);

  return {
    draft: () => draft,
    state: () => state,
    watch(next) {
      render = next;
      render(state);
    },
    change(choice) {
      draft = choice;
      set({ kind: 'saving' });
      later();
    },
    flush() {
      later.cancel();
      run();
    },
    busy: () => draft !== null && state.kind !== 'failed',
    unsaved: () => draft !== null,
  };
}
