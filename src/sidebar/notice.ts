// The one aria-live region every call reports into: what is happening, then how it ended.
import { ServerCallError, errorMessage } from './api';
import { byId, el, replaceChildren } from './dom';

export type Tone = 'progress' | 'success' | 'error' | 'info';

const ICONS: Record<Tone, string> = { progress: '', success: '✓', error: '!', info: 'i' };

export function announce(tone: Tone, text: string): void {
  const region = byId('notice');
  region.className = `notice notice--${tone}`;
  region.setAttribute('aria-busy', String(tone === 'progress'));
  // The icon repeats the tone in shape, so the message never relies on colour alone.
  replaceChildren(region, [
    el('span', { className: 'notice__icon', attrs: { 'aria-hidden': 'true' } }, [ICONS[tone]]),
    el('span', { className: 'notice__text' }, [text]),
  ]);
}

export interface ActionText<T> {
  /** Announced while the call runs: 'Creating the plan…'. */
  progress: string;
  /** Replaces the button's label while the call runs; omit to keep the label and add a spinner. */
  busyLabel?: string;
  /** A function may pick the tone too: a send that reached nobody is not a success. */
  success: string | ((value: T) => string | { tone: Tone; text: string });
  /** Said before the server's reason: 'Could not create the plan.' */
  failure: string;
}

export type ActionResult<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * Runs one server call on behalf of a button: the button is disabled and shows progress, and
 * the call ends in a success or an error message. Nothing else on the page is touched, so a
 * failed call leaves every input as the user left it.
 */
export async function runAction<T>(
  button: HTMLButtonElement | null,
  text: ActionText<T>,
  work: () => Promise<T>,
): Promise<ActionResult<T>> {
  const restore = button ? markBusy(button, text.busyLabel) : () => undefined;
  announce('progress', text.progress);
  try {
    const value = await work();
    restore();
    const said = typeof text.success === 'function' ? text.success(value) : text.success;
    if (typeof said === 'string') announce('success', said);
    else announce(said.tone, said.text);
    return { ok: true, value };
  } catch (error) {
    restore();
    const reason = error instanceof ServerCallError ? error.message : errorMessage(error);
    announce('error', `${text.failure} ${reason}`);
    return { ok: false, message: reason };
  }
}

function markBusy(button: HTMLButtonElement, busyLabel: string | undefined): () => void {
  const saved = Array.from(button.childNodes);
  const hadFocus = document.activeElement === button;
  button.disabled = true;
  button.classList.add('is-busy');
  button.setAttribute('aria-busy', 'true');
  if (busyLabel) {
    replaceChildren(button, [
      el('span', { className: 'spinner', attrs: { 'aria-hidden': 'true' } }),
      busyLabel,
    ]);
  }
  return () => {
    button.disabled = false;
    button.classList.remove('is-busy');
    button.removeAttribute('aria-busy');
    if (busyLabel) replaceChildren(button, saved);
    // Disabling a focused button drops focus to <body>; give it back so keyboard users stay put.
    if (hadFocus && button.isConnected) button.focus();
  };
}
