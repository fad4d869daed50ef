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
