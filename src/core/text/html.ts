// The only way sheet text enters HTML: the five characters that can open markup, close an
// attribute or start an entity are replaced, so a value is always text, in content and in
// quoted attributes alike.
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

// The plan link is the one value placed in an href. Only absolute http(s) URLs with a plain
// host are kept; anything else (javascript:, data:, relative, whitespace or quotes inside) is
// dropped rather than "fixed", because a link that goes somewhere unexpected is worse than none.
const MAX_URL_LENGTH = 2000;
const HTTP_URL =
  /^https?:\/\/[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?(?::\d{1,5})?(?:[/?#][^\s<>"'`\\]*)?$/i;

export function safeHttpUrl(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  const url = raw.trim();
  if (url.length === 0 || url.length > MAX_URL_LENGTH) return null;
  // Any control, format or non-ASCII character is refused: it could disguise the real target.
  if (/[^\x21-\x7e]/.test(url)) return null;
  return HTTP_URL.test(url) ? url : null;
}
