// Sheet values are typed by anyone the sheet is shared with, so before a value reaches an email
// it is made inert as TEXT: no line breaks (a subject with CR/LF could inject headers), no
// control characters, no bidi overrides that could reorder the rest of a line, no invisible
// spacers that hide what a value really says, and a bounded length.

// Whitespace-like controls become a plain space so words stay apart.
const BREAKING = /[\t\n\v\f\r\u0085\u2028\u2029]/g;
// C0/C1 controls and DEL; explicit bidi embeddings, overrides and isolates (an unmatched U+202E
// flips everything after it); zero-width spaces, word joiners and the BOM. ZWJ/ZWNJ stay: emoji
// sequences and Persian script need them.
const STRIPPED =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u061c\u202a-\u202e\u2066-\u2069\u200b\u2060-\u2064\ufeff]/g;
// Lone surrogates make invalid UTF-16, which some mail paths reject outright.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
// Characters that must not end a truncated string: they modify what came before.
const DANGLING = /(?:\u200c|\u200d|[\ufe00-\ufe0f]|\p{M}|\s)+$/u;
// Strong right-to-left scripts: Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, presentation forms.
const RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]|[\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;

export const ELLIPSIS = '\u2026';

/** A value as one clean line of text: controls gone, whitespace collapsed, trimmed. */
export function cleanLine(value: unknown): string {
  const text = value == null ? '' : String(value);
  return text
    .replace(LONE_SURROGATE, '\ufffd')
    .replace(BREAKING, ' ')
    .replace(STRIPPED, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * At most `max` code points (ellipsis included). Counted in code points, not UTF-16 units, so an
 * emoji is never cut in half; a trailing joiner or combining mark is dropped with the cut.
 */
export function truncate(text: string, max: number): string {
  const points = Array.from(text);
  if (points.length <= max) return text;
  if (max <= 1) return max === 1 ? ELLIPSIS : '';
  const head = points
    .slice(0, max - 1)
    .join('')
    .replace(DANGLING, '');
  return head + ELLIPSIS;
}

/** cleanLine then truncate: the form every sheet value takes in a digest. */
export function cleanValue(value: unknown, max: number): string {
  return truncate(cleanLine(value), max);
}

/**
 * Text bound for a mail header (a subject, a sender name): cleanValue, then every "=?" broken
 * up with a space. A mail program decodes an RFC 2047 encoded word ("=?UTF-8?B?…?=") back into
 * whatever it encodes, controls and addresses included, after our cleaning ran; an encoded word
 * cannot contain a space, so "=? " is never decoded.
 */
export function cleanHeader(value: unknown, max: number): string {
  return cleanValue(cleanLine(value).replace(/=\?/g, '=? '), max);
}

export function hasRtl(text: string): boolean {
  return RTL.test(text);
}

/**
 * For plain text, where no markup can isolate a value: wrap right-to-left text in FSI..PDI so
 * it cannot reorder the punctuation and numbers around it. Balanced isolates are added only by
 * us; cleanLine has already removed any that came from the sheet.
 */
export function isolateForText(text: string): string {
  return hasRtl(text) ? `\u2068${text}\u2069` : text;
}

/** "1 step", "2 steps": counts in emails are always whole and non-negative. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
