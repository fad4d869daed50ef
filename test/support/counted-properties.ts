// A property store for unit tests: the emulator's own store (same limits, same errors) with
// every call recorded by method name, so a test can say how many round trips a read or a
// write costs, and a switch that makes every write fail as a full store does.
import { Properties, STORE_FULL } from '../../dev/emulator/properties';

type PropertiesApi = GoogleAppsScript.Properties.Properties;

export interface CountedProperties {
  props: PropertiesApi;
  map: Map<string, string>;
  /** Method names, in call order. */
  calls: string[];
  /** From now on every write throws the error of a full store (or `message`). */
  failWrites(message?: string): void;
}

const WRITES = new Set(['setProperty', 'setProperties', 'deleteProperty', 'deleteAllProperties']);

export function countedProperties(initial: Record<string, string> = {}): CountedProperties {
  const map = new Map(Object.entries(initial));
  const store = new Properties(map);
  const calls: string[] = [];
  let failure: string | null = null;
  const props = new Proxy(store, {
    get(target, name, receiver) {
      const value = Reflect.get(target, name, receiver) as unknown;
      if (typeof value !== 'function' || typeof name !== 'string') return value;
      return (...args: unknown[]) => {
        calls.push(name);
        if (failure !== null && WRITES.has(name)) throw new Error(failure);
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  }) as unknown as PropertiesApi;
  return {
    props,
    map,
    calls,
    failWrites: (message = STORE_FULL) => {
      failure = message;
    },
  };
}
