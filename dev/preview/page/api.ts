// The page's only way to the preview server. Every action is one POST; the answer carries the
// new state, which every part of the page draws from.
import type { PreviewView } from '../session';
import { $ } from './dom';

type Listener = (view: PreviewView) => void;

let current: PreviewView | null = null;
const listeners: Listener[] = [];
let sent = 0;
let drawn = 0;
let busy = 0;

export function onState(listener: Listener): void {
  listeners.push(listener);
}

export function state(): PreviewView | null {
  return current;
}

function draw(view: PreviewView, seq: number): void {
  // Answers can overtake each other; an older state never replaces a newer one.
  if (seq < drawn) return;
  drawn = seq;
  current = view;
  for (const listener of listeners) listener(view);
}

export function say(message: string, kind: 'info' | 'error' = 'info'): void {
  const status = $('status');
  status.textContent = message;
  status.classList.toggle('error', kind === 'error');
}

function setBusy(delta: number): void {
  busy += delta;
  document.body.classList.toggle('busy', busy > 0);
}

export async function post<T = unknown>(path: string, body: unknown = {}): Promise<T> {
  const seq = ++sent;
  setBusy(1);
  try {
    const response = await fetch(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const answer = (await response.json()) as { result?: T; state?: PreviewView; error?: string };
    if (answer.error) throw new Error(answer.error);
    if (answer.state) draw(answer.state, seq);
    return answer.result as T;
  } finally {
    setBusy(-1);
  }
}

export async function refresh(): Promise<void> {
  const seq = ++sent;
  const response = await fetch('/api/state');
  draw((await response.json()) as PreviewView, seq);
}

/** Runs an action, reporting a failure in the status line instead of losing it. */
export function attempt(work: () => Promise<unknown>): void {
  work().catch((error: Error) => say(error.message, 'error'));
}
