/**
 * How a heading or label is compared. Users type headings by hand, so case, surrounding space,
 * runs of space and a trailing colon or required-marker asterisk must not decide a match.
 */
export function normalizeLabel(text: string): string {
  return text
    .trim()
    .replace(/[\s:*]+$/, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}
