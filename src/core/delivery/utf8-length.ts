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
