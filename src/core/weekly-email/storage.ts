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
