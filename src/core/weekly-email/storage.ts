// Property values are limited in bytes, not characters. Counted by hand because Apps Script
// has no TextEncoder; a lone surrogate counts as the 3 bytes of the U+FFFD it becomes.
export function utf8Length(text: string): number {
  let bytes = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return bytes;
}

// Whether a set of writes still fits in a key-value store with a total size limit (the
// document's properties: 500 KB of keys and values, UTF-8). A delivery run checks this BEFORE
// its first send: a send it could not record afterwards might be repeated, so a run that would
// run out of room part-way must not start at all.

/** The store's limit: keys and values together, in UTF-8 bytes. */
export const STORE_LIMIT_BYTES = 500 * 1024;
/**
 * Kept free on top of what a run is known to write: the size of a value is only known once it
 * is written, and a few small writes (a failure count, an error text) are not projected.
 */
export const STORE_SAFETY_BYTES = 2 * 1024;

export function storeBytes(props: Readonly<Record<string, string>>): number {
  let total = 0;
  for (const [key, value] of Object.entries(props)) total += utf8Length(key) + utf8Length(value);
  return total;
}

/** The store's size once `writes` replace (or add) their keys. */
export function storeBytesAfter(
  props: Readonly<Record<string, string>>,
  writes: Readonly<Record<string, string>>,
): number {
  let total = storeBytes(props);
  for (const [key, value] of Object.entries(writes)) {
    const old = props[key];
    total +=
      old === undefined ? utf8Length(key) + utf8Length(value) : utf8Length(value) - utf8Length(old);
  }
  return total;
}

/** Bytes of the keys that start with `prefix`, with their values: what one feature holds. */
export function prefixBytes(props: Readonly<Record<string, string>>, prefix: string): number {
  let total = 0;
  for (const [key, value] of Object.entries(props)) {
    if (key.startsWith(prefix)) total += utf8Length(key) + utf8Length(value);
  }
  return total;
}

export interface StoreRoom {
  fits: boolean;
  /** Bytes in use now. */
  used: number;
  /** Bytes in use after the writes, safety margin included. */
  needed: number;
}

export function roomFor(
  props: Readonly<Record<string, string>>,
  writes: Readonly<Record<string, string>>,
  limit = STORE_LIMIT_BYTES,
): StoreRoom {
  const needed = storeBytesAfter(props, writes) + STORE_SAFETY_BYTES;
  return { fits: needed <= limit, used: storeBytes(props), needed };
}

/** "12.3 KB", for messages to people. */
export function formatKb(bytes: number): string {
  return `${(Math.max(0, bytes) / 1024).toFixed(1)} KB`;
}

// Every write to a property store is judged here BEFORE it is sent, so "the store is full" is
// known from the sizes we can count rather than from the wording of Google's refusal (which is
// undocumented and only matched as a last resort).

/** Google's limit for one property value, in UTF-8 bytes. */
export const VALUE_LIMIT_BYTES = 9 * 1024;

export interface WriteRefusal {
  /** 'value': one value is over the limit for a value; 'store': the store would outgrow its total. */
  limit: 'value' | 'store';
  /** The key whose value is too large; null for a full store. */
  key: string | null;
  /** The value's size, or the store's size now. */
  used: number;
  /** The value's size, or the store's size after the writes. */
  needed: number;
}

/**
 * Why a store holding `props` would refuse `writes`, or null when they fit. A store already
 * over the limit by our count still takes writes that shrink it (Google may count otherwise).
 */
export function refusedWrite(
  props: Readonly<Record<string, string>>,
  writes: Readonly<Record<string, string>>,
  limit = STORE_LIMIT_BYTES,
): WriteRefusal | null {
  for (const [key, value] of Object.entries(writes)) {
    const size = utf8Length(value);
    if (size > VALUE_LIMIT_BYTES) return { limit: 'value', key, used: size, needed: size };
  }
  const used = storeBytes(props);
  const needed = storeBytesAfter(props, writes);
  if (needed > limit && needed > used) return { limit: 'store', key: null, used, needed };
  return null;
}

/** The refusal in words, for messages and logs. */
export function writeRefusalWords(refusal: WriteRefusal, limit = STORE_LIMIT_BYTES): string {
  if (refusal.limit === 'value') {
    return `the value of ${refusal.key} would take ${refusal.used} bytes, over the ${VALUE_LIMIT_BYTES} Google keeps per value`;
  }
  const more = refusal.needed - refusal.used;
  return `${formatKb(refusal.used)} of its ${formatKb(limit)} are in use and this needs ${more < 1024 ? `${more} bytes` : formatKb(more)} more`;
}
