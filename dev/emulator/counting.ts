// The boundary every service object crosses into the script: a Proxy per object that counts each
// method call as `Kind.method`, lets the runtime check, delay or fail it first, converts arguments
// and results between realms, and refuses members the emulator does not have.
import { KIND, notEmulated } from './kind';
import { scriptError, toHost, toScript, type Realm } from './realm';

/** Members a caller may probe without the object having them (promises, JSON, inspectors). */
const PROBES = new Set(['then', 'toJSON', 'constructor', 'inspect', 'asymmetricMatch', 'nodeType']);
/** Object.prototype's own methods are plumbing, not service calls. */
const UNCOUNTED = new Set(Object.getOwnPropertyNames(Object.prototype));

/** Runs before each counted call; throws to refuse it. */
export type CallGate = (kind: string, method: string) => void;

export class Boundary {
  private readonly proxies = new WeakMap<object, object>();
  private readonly targets = new WeakMap<object, object>();
  private readonly methods = new WeakMap<object, Map<string, unknown>>();

  constructor(
    readonly realm: Realm,
    private readonly gate: CallGate,
  ) {}

  /** The proxy standing for a host service object in the script. */
  wrap = (target: object): object => {
    const existing = this.proxies.get(target);
    if (existing) return existing;
    // Like Apps Script's objects, a service object shows no own data to the script
    // (JSON.stringify(range) is '{}'); only non-configurable keys must stay visible to a Proxy.
    const hidden = (t: object, key: string | symbol) =>
      Object.getOwnPropertyDescriptor(t, key)?.configurable !== false;
    const proxy = new Proxy(target, {
      get: (t, prop) => this.get(t, prop),
      ownKeys: (t) => Reflect.ownKeys(t).filter((k) => !hidden(t, k)),
      getOwnPropertyDescriptor: (t, key) =>
        hidden(t, key) ? undefined : Reflect.getOwnPropertyDescriptor(t, key),
    });
    this.proxies.set(target, proxy);
    this.targets.set(proxy, target);
    return proxy;
  };

  /** The host object behind a proxy, or undefined for anything else. */
  unwrap = (value: object): object | undefined => this.targets.get(value);

  toScript(value: unknown): unknown {
    return toScript(value, this.realm, this.wrap);
  }

  toHost(value: unknown): unknown {
    return toHost(value, this.unwrap);
  }

  private get(target: object, prop: string | symbol): unknown {
    if (typeof prop === 'symbol') return Reflect.get(target, prop);
    const kind = String((target as Record<symbol, unknown>)[KIND]);
    if (!(prop in target)) {
      if (PROBES.has(prop)) return undefined;
      throw scriptError(this.realm, notEmulated(kind, prop));
    }
    const value = Reflect.get(target, prop, target) as unknown;
    if (typeof value !== 'function') return this.toScript(value);
    if (UNCOUNTED.has(prop) && value === (Object.prototype as Record<string, unknown>)[prop]) {
      return (value as (...a: unknown[]) => unknown).bind(target);
    }
    let cache = this.methods.get(target);
    if (!cache) this.methods.set(target, (cache = new Map()));
    let method = cache.get(prop);
    if (!method) {
      method = this.method(target, kind, prop, value as (...a: unknown[]) => unknown);
      cache.set(prop, method);
    }
    return method;
  }

  private method(target: object, kind: string, name: string, fn: (...a: unknown[]) => unknown) {
    const counted = !UNCOUNTED.has(name);
    const call = (args: unknown[]): unknown => {
      let result: unknown;
      try {
        if (counted) this.gate(kind, name);
        result = fn.apply(
          target,
          args.map((a) => this.toHost(a)),
        );
      } catch (error) {
        throw scriptError(this.realm, error);
      }
      return this.toScript(result);
    };
    // A named method, so stack traces in the script read `setValues` rather than `call`.
    return { [name]: (...args: unknown[]) => call(args) }[name];
  }
}
