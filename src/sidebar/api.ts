// The sidebar's only way to the server: google.script.run, wrapped in promises and typed by
// ServerApi so a renamed or re-typed server function breaks the build, not the user; and the
// one aria-live region every call reports into.
import type { ServerApi } from '../shared/api';
import { byId, el, replaceChildren } from './dom';

export type ServerName = keyof ServerApi;

/** The part of google.script.run we use; every server function appears as a method on it. */
export interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: unknown) => void): ScriptRunner;
  [serverFunction: string]: unknown;
}

interface ScriptHost {
  google?: { script?: { run?: ScriptRunner } };
}

/** Thrown when the server (or the bridge to it) reports a failure. */
export class ServerCallError extends Error {
  constructor(
    readonly functionName: ServerName,
    message: string,
  ) {
    super(message);
    this.name = 'ServerCallError';
  }
}

/** Apps Script prefixes most server errors with "Exception: ", which means nothing to a user. */
export function errorMessage(error: unknown): string {
  const raw =
    error instanceof Error
      ? error.message
      : typeof error === 'string'
        ? error
        : error && typeof error === 'object' && 'message' in error
          ? String((error as { message: unknown }).message)
          : '';
  const text = raw.replace(/^(Exception|Error|ScriptError):\s*/i, '').trim();
  return text || 'The add-on did not answer. Check your connection and try again.';
}

function runner(): ScriptRunner {
  // Looked up on each call (not at load) so a page that is still setting google up can load.
  const run = (globalThis as ScriptHost).google?.script?.run;
  if (!run) throw new Error('google.script.run is not available outside Google Sheets.');
  return run;
}

/**
 * Calls a server function. Arguments go through JSON first: google.script.run silently drops or
 * rejects what JSON cannot carry (Dates, functions, undefined in arrays), so we fail the same
 * way everywhere instead of only in production.
 */
export function call<K extends ServerName>(
  name: K,
  ...args: Parameters<ServerApi[K]>
): Promise<ReturnType<ServerApi[K]>> {
  return new Promise((resolve, reject) => {
    let jsonArgs: unknown[];
    let fn: unknown;
    let chained: ScriptRunner;
    try {
      jsonArgs = JSON.parse(JSON.stringify(args)) as unknown[];
      chained = runner()
        .withSuccessHandler((value) => resolve(value as ReturnType<ServerApi[K]>))
        .withFailureHandler((error) => reject(new ServerCallError(name, errorMessage(error))));
      fn = chained[name];
    } catch (error) {
      reject(new ServerCallError(name, errorMessage(error)));
      return;
    }
    if (typeof fn !== 'function') {
      reject(new ServerCallError(name, `The add-on has no function named ${name}.`));
      return;
    }
    (fn as (...a: unknown[]) => void).apply(chained, jsonArgs);
  });
}

// What is happening, then how it ended, said in the page's one status region.

export type Tone = 'progress' | 'success' | 'warning' | 'error' | 'info';

const ICONS: Record<Tone, string> = {
  progress: '',
  success: '✓',
  warning: '⚠',
  error: '!',
  info: 'i',
};

/** A message for the status region; `items` are listed under it (e.g. each warning). */
export interface Notice {
  tone: Tone;
  text: string;
  items?: string[];
}

export function announce(tone: Tone, text: string, items: string[] = []): void {
  const region = byId('notice');
  region.className = `notice notice--${tone}`;
  region.setAttribute('aria-busy', String(tone === 'progress'));
  // The icon repeats the tone in shape, so the message never relies on colour alone.
  replaceChildren(region, [
    el('span', { className: 'notice__icon', attrs: { 'aria-hidden': 'true' } }, [ICONS[tone]]),
    el('div', { className: 'notice__body' }, [
      el('span', { className: 'notice__text' }, [text]),
      items.length
        ? el(
            'ul',
            { className: 'notice__items' },
            items.map((item) => el('li', {}, [item])),
          )
        : null,
    ]),
  ]);
}

/** Empties the status region, once what it said no longer holds. */
export function clearNotice(): void {
  const region = byId('notice');
  region.className = 'notice';
  region.removeAttribute('aria-busy');
  replaceChildren(region, []);
}

export interface ActionText<T> {
  /** Announced while the call runs: 'Creating the plan…'. */
  progress: string;
  /** Replaces the button's label while the call runs; omit to keep the label and add a spinner. */
  busyLabel?: string;
  /**
   * A function may pick the tone too: a send that reached nobody is not a success, and a
   * result that came with warnings is a warning that lists them.
   */
  success: string | ((value: T) => string | Notice);
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
    else announce(said.tone, said.text, said.items);
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
