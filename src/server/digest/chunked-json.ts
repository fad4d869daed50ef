// Property values hold at most 9 KB each, so a JSON value that may outgrow one (the "since the
// last email" snapshots) is spread over numbered keys. The head key holds the chunk count, so a
// reader never stitches in chunks left over from a longer, older value (those stay behind as
// bounded garbage: never more than the largest value written), and every key of one value is
// written by a single setProperties call, so no reader sees half a write.

/** Characters per chunk. Values are kept to ASCII (see asciiJson), so characters are bytes. */
export const CHUNK_CHARS = 8000;

/** JSON with every non-ASCII character escaped, so a value's length is its size in bytes. */
export function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\u0080-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function chunkKey(key: string, index: number): string {
  return `${key}.${index}`;
}

/** The property writes that store `value` under `key` (head plus chunks). */
export function chunkedWrites(key: string, value: unknown): Record<string, string> {
  const text = asciiJson(value);
  const writes: Record<string, string> = {};
  let count = 0;
  for (let at = 0; at < text.length || count === 0; at += CHUNK_CHARS) {
    writes[chunkKey(key, count)] = text.slice(at, at + CHUNK_CHARS);
    count += 1;
  }
  writes[key] = String(count);
  return writes;
}

/**
 * The value stored under `key`, or undefined when absent or unreadable. A damaged value is
 * treated as absent: these are caches and ledgers the caller knows how to start afresh.
 */
export function readChunked(props: Readonly<Record<string, string>>, key: string): unknown {
  const count = Number(props[key]);
  if (!Number.isInteger(count) || count < 1) return undefined;
  let text = '';
  for (let i = 0; i < count; i += 1) {
    const part = props[chunkKey(key, i)];
    if (part === undefined) return undefined;
    text += part;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
