// Plays the server with the real add-on: each google.script.run call becomes one execution of
// dist/Code.js in the Apps Script emulator, as the user who opened the sidebar. Whatever Apps
// Script would refuse to carry back to the page is recorded, so a test fails on it instead of
// passing here and breaking in Sheets.
import type { Emulator } from '../../dev/emulator';
import type { ServerHandler } from '../support/browser';

export interface EmulatedServer {
  handler: ServerHandler;
  /** Who the sidebar runs as: every call is made by this user. */
  user: string;
  /**
   * Return values google.script.run could not have delivered. Apps Script hands the page `null`
   * for a result holding a Date or a function, so the page never sees what the server meant.
   */
  violations: string[];
}

/** Where in `value` something is that JSON-over-google.script.run cannot carry, or null. */
export function unserializable(value: unknown, path = 'result'): string | null {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return null;
  if (typeof value === 'number') {
    return Number.isFinite(value) ? null : `${path} is ${String(value)}`;
  }
  if (value === undefined) return null;
  if (typeof value === 'function') return `${path} is a function`;
  if (typeof value !== 'object') return `${path} is a ${typeof value}`;
  // Realm-proof: values from the script's V8 context have their own Date and Object.
  const tag = Object.prototype.toString.call(value);
  if (tag === '[object Date]') return `${path} is a Date (send 'yyyy-MM-dd' or ISO text)`;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      const found = unserializable(value[i], `${path}[${i}]`);
      if (found) return found;
    }
    return null;
  }
  const proto = Object.getPrototypeOf(value) as { constructor?: { name?: string } } | null;
  if (proto !== null && proto.constructor?.name !== 'Object') {
    return `${path} is a ${proto.constructor?.name ?? 'non-plain'} object`;
  }
  for (const [key, item] of Object.entries(value)) {
    const found = unserializable(item, `${path}.${key}`);
    if (found) return found;
  }
  return null;
}

export function emulatorServer(emu: Emulator, user: string = emu.currentUser): EmulatedServer {
  const callable = new Set(emu.globalFunctions());
  const violations: string[] = [];
  const handler: ServerHandler = (name, args) => {
    // Apps Script's own wording; names ending in _ are private and never callable from a page.
    if (!callable.has(name) || name.endsWith('_')) {
      throw new Error(`Script function not found: ${name}`);
    }
    const value = emu.callAs(user, name, ...args);
    const problem = unserializable(value);
    if (problem) {
      violations.push(`${name}: ${problem}`);
      return null;
    }
    return value;
  };
  return { handler, user, violations };
}
