// A short, stable name for a step across weekly snapshots. Rows move when people insert or sort
// rows, so a step is known by its (cleaned, lower-case) name and which occurrence of that name
// it is; the name is hashed so a snapshot of a long plan stays small enough for one property.
import { cleanLine } from './clean-text';

export function stepKeys(names: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((raw) => {
    const name = cleanLine(raw).toLowerCase();
    const occurrence = (seen.get(name) ?? 0) + 1;
    seen.set(name, occurrence);
    return fnv1a(`${name}\u0000${occurrence}`);
  });
}

/** 32-bit FNV-1a over UTF-16 units, in base 36: collisions are negligible at plan sizes. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}
