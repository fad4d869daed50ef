// The sidebar's only way to the server: google.script.run, wrapped in promises and typed by
// ServerApi so a renamed or re-typed server function breaks the build, not the user.
import type { ServerApi } from '../shared/api';

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
