// Two JavaScript realms meet here: the host (tests, the emulator's services) and the script's
// node:vm context. Each realm has its own Date, Array and Object, so a Date made on one side fails
// `instanceof Date` on the other. Every value that crosses is rebuilt, deeply, on the side that
// will read it; emulated service objects cross as (counting) proxies instead of copies.
import * as vm from 'node:vm';
import { installIntlZones, type IntlZones } from './intl-zones';
import { installScriptDate } from './script-date';
import { KIND } from './kind';

export interface Realm {
  readonly context: vm.Context;
  readonly global: Record<string, unknown>;
  readonly Date: DateConstructor;
  readonly Array: ArrayConstructor;
  readonly Object: ObjectConstructor;
  readonly Error: ErrorConstructor;
  readonly TypeError: ErrorConstructor;
}

/**
 * A fresh context whose Date follows the virtual clock and the script's time zone, and whose
 * Intl zones agree with Utilities.formatDate unless `intlZones` says otherwise.
 */
export function createRealm(
  scriptTimeZone: string,
  now: () => number,
  intlZones: IntlZones = 'agree',
): Realm {
  const context = vm.createContext({}, { name: 'Apps Script (emulated)' });
  const global = vm.runInContext('globalThis', context) as Record<string, unknown> & {
    Date: DateConstructor;
  };
  const ScriptDate = installScriptDate(global, scriptTimeZone, now);
  installIntlZones(global as unknown as Parameters<typeof installIntlZones>[0], intlZones);
  return {
    context,
    global,
    Date: ScriptDate,
    Array: global.Array as ArrayConstructor,
    Object: global.Object as ObjectConstructor,
    Error: global.Error as ErrorConstructor,
    TypeError: global.TypeError as ErrorConstructor,
  };
}

export const isDate = (v: unknown): v is Date =>
  Object.prototype.toString.call(v) === '[object Date]';

const timeOf = (d: Date): number => Date.prototype.getTime.call(d);

function isPlainObject(v: object): boolean {
  const proto = Object.getPrototypeOf(v);
  if (proto === null) return true;
  // A realm's Object.prototype is the one whose own prototype is null and that has a constructor.
  return Object.getPrototypeOf(proto) === null && typeof proto.constructor === 'function';
}

const isKinded = (v: object): boolean => KIND in v;

/**
 * Host -> script. Dates, arrays and plain objects are rebuilt with the context's constructors;
 * emulated service objects go through `wrap` (the counting proxy).
 */
export function toScript(
  value: unknown,
  realm: Realm,
  wrap: (kinded: object) => unknown,
  seen = new Map<object, unknown>(),
): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (seen.has(value)) return seen.get(value);
  if (isKinded(value)) return wrap(value);
  if (isDate(value)) return new realm.Date(timeOf(value));
  if (Array.isArray(value)) {
    const out = new realm.Array<unknown>();
    seen.set(value, out);
    for (const item of value) out.push(toScript(item, realm, wrap, seen));
    return out;
  }
  if (isPlainObject(value)) {
    const out = new realm.Object() as Record<string, unknown>;
    seen.set(value, out);
    for (const [k, v] of Object.entries(value)) out[k] = toScript(v, realm, wrap, seen);
    return out;
  }
  return value;
}

/**
 * Script -> host. Proxies of service objects turn back into the host objects they stand for
 * (`unwrap`), so the services see their own objects, never a proxy.
 */
export function toHost(
  value: unknown,
  unwrap: (v: object) => object | undefined,
  seen = new Map<object, unknown>(),
): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (seen.has(value)) return seen.get(value);
  const raw = unwrap(value);
  if (raw) return raw;
  if (isDate(value)) return new Date(timeOf(value));
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    seen.set(value, out);
    for (const item of value) out.push(toHost(item, unwrap, seen));
    return out;
  }
  if (isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    seen.set(value, out);
    for (const [k, v] of Object.entries(value)) out[k] = toHost(v, unwrap, seen);
    return out;
  }
  return value;
}

/** An error as the script sees a service's error: the context's Error, named like Apps Script's. */
export function scriptError(realm: Realm, error: unknown): Error {
  const source = error instanceof Error ? error : new Error(String(error));
  const out = new realm.Error(source.message);
  out.name = 'Exception';
  return out;
}
