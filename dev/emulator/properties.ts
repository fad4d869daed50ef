// PropertiesService: script, user (per user, across every file) and document (per file) stores.
// Values are strings; Apps Script String()s anything else. Limits: 9 KB per value and 500 KB per
// store (keys and values, UTF-8), per https://developers.google.com/apps-script/guides/services/quotas
import { KIND } from './kind';

export const MAX_VALUE_BYTES = 9 * 1024;
export const MAX_STORE_BYTES = 500 * 1024;
export const VALUE_TOO_LARGE = 'Argument too large: value';
export const STORE_FULL =
  'You have exceeded the property storage quota. Please remove some properties and try again.';

export type PropertyMap = Record<string, string>;

export interface PropertyStoresState {
  script: PropertyMap;
  /** Keyed by document (spreadsheet) id. */
  document: Record<string, PropertyMap>;
  /** Keyed by user email. */
  user: Record<string, PropertyMap>;
}

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

function storeBytes(map: Map<string, string>): number {
  let total = 0;
  for (const [k, v] of map) total += bytes(k) + bytes(v);
  return total;
}

/** The host side of the three stores: what tests read and what the state file holds. */
export class PropertyStores {
  readonly script = new Map<string, string>();
  private readonly documents = new Map<string, Map<string, string>>();
  private readonly users = new Map<string, Map<string, string>>();

  document(documentId: string): Map<string, string> {
    let m = this.documents.get(documentId);
    if (!m) this.documents.set(documentId, (m = new Map()));
    return m;
  }

  user(email: string): Map<string, string> {
    let m = this.users.get(email);
    if (!m) this.users.set(email, (m = new Map()));
    return m;
  }

  toJSON(): PropertyStoresState {
    const obj = (m: Map<string, string>) => Object.fromEntries([...m].sort());
    const nested = (m: Map<string, Map<string, string>>) =>
      Object.fromEntries([...m].filter(([, v]) => v.size > 0).map(([k, v]) => [k, obj(v)]));
    return { script: obj(this.script), document: nested(this.documents), user: nested(this.users) };
  }

  static fromJSON(state: PropertyStoresState): PropertyStores {
    const stores = new PropertyStores();
    const fill = (m: Map<string, string>, o: PropertyMap) => {
      for (const [k, v] of Object.entries(o)) m.set(k, String(v));
    };
    fill(stores.script, state.script ?? {});
    for (const [id, o] of Object.entries(state.document ?? {})) fill(stores.document(id), o);
    for (const [email, o] of Object.entries(state.user ?? {})) fill(stores.user(email), o);
    return stores;
  }
}

type PropertiesApi = GoogleAppsScript.Properties.Properties;

/** One store as the script sees it. */
export class Properties implements PropertiesApi {
  readonly [KIND] = 'Properties';

  constructor(private readonly map: Map<string, string>) {}

  getProperty(key: string): string | null {
    return this.map.get(String(key)) ?? null;
  }

  getProperties(): Record<string, string> {
    return Object.fromEntries(this.map);
  }

  getKeys(): string[] {
    return [...this.map.keys()];
  }

  setProperty(key: string, value: string): PropertiesApi {
    return this.setProperties({ [String(key)]: value });
  }

  setProperties(properties: Record<string, string>, deleteAllOthers = false): PropertiesApi {
    const next = deleteAllOthers ? new Map<string, string>() : new Map(this.map);
    for (const [k, v] of Object.entries(properties)) {
      const value = String(v);
      if (bytes(value) > MAX_VALUE_BYTES) throw new Error(VALUE_TOO_LARGE);
      next.set(k, value);
    }
    if (storeBytes(next) > MAX_STORE_BYTES) throw new Error(STORE_FULL);
    this.map.clear();
    for (const [k, v] of next) this.map.set(k, v);
    return this;
  }

  deleteProperty(key: string): PropertiesApi {
    this.map.delete(String(key));
    return this;
  }

  deleteAllProperties(): PropertiesApi {
    this.map.clear();
    return this;
  }
}

export interface PropertiesContext {
  /** Whose user store: the effective user (a trigger's owner). */
  effectiveUser(): string;
  /** The active document; null when the script runs without one. */
  documentId(): string | null;
}

// Not `implements` Apps Script's typing: it has getDocumentProperties never return null, which
// Apps Script does outside a document.
export class PropertiesService {
  readonly [KIND] = 'PropertiesService';

  constructor(
    private readonly stores: PropertyStores,
    private readonly context: PropertiesContext,
  ) {}

  getScriptProperties(): Properties {
    return new Properties(this.stores.script);
  }

  getUserProperties(): Properties {
    return new Properties(this.stores.user(this.context.effectiveUser()));
  }

  getDocumentProperties(): Properties | null {
    const id = this.context.documentId();
    return id === null ? null : new Properties(this.stores.document(id));
  }
}
