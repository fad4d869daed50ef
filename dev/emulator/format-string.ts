// Utilities.formatString: sprintf-style '%' conversions (s d i f e x X o c %), with the flags
// '-', '+', ' ', '0', a width and a precision.
const SPEC = /%([-+ 0]*)(\d+)?(?:\.(\d+))?([sdifeExXoc%])/g;

function applyWidth(body: string, flags: string, width: number | undefined, numeric: boolean) {
  if (width === undefined || body.length >= width) return body;
  if (flags.includes('-')) return body.padEnd(width, ' ');
  if (flags.includes('0') && numeric) {
    const sign = /^[+\- ]/.test(body) ? body[0] : '';
    return sign + body.slice(sign.length).padStart(width - sign.length, '0');
  }
  return body.padStart(width, ' ');
}

function signed(n: number, text: string, flags: string): string {
  if (n < 0 || Object.is(n, -0)) return text;
  if (flags.includes('+')) return `+${text}`;
  if (flags.includes(' ')) return ` ${text}`;
  return text;
}

export function formatString(template: string, ...args: unknown[]): string {
  let next = 0;
  return String(template).replace(SPEC, (whole, flags: string, w, p, conv: string) => {
    if (conv === '%') return '%';
    if (next >= args.length) return whole;
    const arg = args[next++];
    const width = w === undefined ? undefined : Number(w);
    const precision = p === undefined ? undefined : Number(p);
    switch (conv) {
      case 's': {
        const text = String(arg);
        return applyWidth(
          precision === undefined ? text : text.slice(0, precision),
          flags,
          width,
          false,
        );
      }
      case 'c':
        return applyWidth(
          typeof arg === 'number' ? String.fromCharCode(arg) : (String(arg)[0] ?? ''),
          flags,
          width,
          false,
        );
      case 'd':
      case 'i': {
        const n = Math.trunc(Number(arg));
        return applyWidth(signed(n, String(n), flags), flags, width, true);
      }
      case 'f': {
        const n = Number(arg);
        return applyWidth(signed(n, n.toFixed(precision ?? 6), flags), flags, width, true);
      }
      case 'e':
      case 'E': {
        const n = Number(arg);
        let text = n.toExponential(precision ?? 6).replace(/e([+-])(\d)$/, 'e$10$2');
        if (conv === 'E') text = text.toUpperCase();
        return applyWidth(signed(n, text, flags), flags, width, true);
      }
      case 'x':
      case 'X':
      case 'o': {
        const n = Math.trunc(Number(arg));
        const unsigned = n < 0 ? n >>> 0 : n;
        let text = unsigned.toString(conv === 'o' ? 8 : 16);
        if (conv === 'X') text = text.toUpperCase();
        return applyWidth(text, flags, width, true);
      }
      default:
        return whole;
    }
  });
}
