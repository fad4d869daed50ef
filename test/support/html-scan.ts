// Test support: a tokenizer for the HTML we emit, following the states of the HTML standard's
// tokenizer that matter (data, tag open, tag name, attribute name and quoted/unquoted values,
// comments, doctype, raw-text elements). Suites use it to prove that every element and
// attribute in an email came from our templates, never from sheet data.

export type HtmlToken =
  | { type: 'start'; name: string; attrs: [string, string][] }
  | { type: 'end'; name: string }
  | { type: 'text'; value: string }
  | { type: 'comment'; value: string }
  | { type: 'doctype'; value: string };

const RAW_TEXT = new Set([
  'script',
  'style',
  'title',
  'textarea',
  'xmp',
  'iframe',
  'noembed',
  'noframes',
]);
const SPACE = /[\t\n\f\r ]/;

export function tokenizeHtml(html: string): HtmlToken[] {
  const tokens: HtmlToken[] = [];
  let i = 0;
  let text = '';
  const flush = () => {
    if (text !== '') tokens.push({ type: 'text', value: text });
    text = '';
  };
  while (i < html.length) {
    const c = html[i];
    if (c !== '<') {
      text += c;
      i++;
      continue;
    }
    const next = html[i + 1] ?? '';
    if (next === '!') {
      flush();
      if (html.startsWith('<!--', i)) {
        const end = html.indexOf('-->', i + 4);
        const stop = end < 0 ? html.length : end;
        tokens.push({ type: 'comment', value: html.slice(i + 4, stop) });
        i = end < 0 ? html.length : end + 3;
      } else {
        const end = html.indexOf('>', i);
        const stop = end < 0 ? html.length : end;
        const body = html.slice(i + 2, stop);
        tokens.push(
          /^doctype/i.test(body)
            ? { type: 'doctype', value: body }
            : { type: 'comment', value: body },
        );
        i = stop + 1;
      }
    } else if (next === '/' && /[A-Za-z]/.test(html[i + 2] ?? '')) {
      flush();
      let j = i + 2;
      while (j < html.length && !SPACE.test(html[j]) && html[j] !== '/' && html[j] !== '>') j++;
      tokens.push({ type: 'end', name: html.slice(i + 2, j).toLowerCase() });
      const end = html.indexOf('>', j);
      i = end < 0 ? html.length : end + 1;
    } else if (next === '?' || (next === '/' && html[i + 2] !== undefined)) {
      // Bogus comment, as browsers read "<?" and "</" followed by a non-letter.
      flush();
      const end = html.indexOf('>', i);
      tokens.push({ type: 'comment', value: html.slice(i + 1, end < 0 ? html.length : end) });
      i = end < 0 ? html.length : end + 1;
    } else if (/[A-Za-z]/.test(next)) {
      flush();
      i = startTag(html, i + 1, tokens);
      const last = tokens[tokens.length - 1];
      if (last.type === 'start' && RAW_TEXT.has(last.name)) {
        const close = html.toLowerCase().indexOf(`</${last.name}`, i);
        const stop = close < 0 ? html.length : close;
        if (stop > i) tokens.push({ type: 'text', value: html.slice(i, stop) });
        i = stop;
      }
    } else {
      text += c;
      i++;
    }
  }
  flush();
  return tokens;
}

function startTag(html: string, from: number, tokens: HtmlToken[]): number {
  let i = from;
  while (i < html.length && !SPACE.test(html[i]) && html[i] !== '/' && html[i] !== '>') i++;
  const name = html.slice(from, i).toLowerCase();
  const attrs: [string, string][] = [];
  while (i < html.length) {
    while (i < html.length && (SPACE.test(html[i]) || html[i] === '/')) i++;
    if (i >= html.length || html[i] === '>') break;
    const nameStart = i;
    i++; // the first character may be '=' per the standard
    while (i < html.length && !SPACE.test(html[i]) && !'/>='.includes(html[i])) i++;
    const attrName = html.slice(nameStart, i).toLowerCase();
    while (i < html.length && SPACE.test(html[i])) i++;
    let value = '';
    if (html[i] === '=') {
      i++;
      while (i < html.length && SPACE.test(html[i])) i++;
      const quote = html[i];
      if (quote === '"' || quote === "'") {
        const end = html.indexOf(quote, i + 1);
        const stop = end < 0 ? html.length : end;
        value = html.slice(i + 1, stop);
        i = stop + 1;
      } else {
        const start = i;
        while (i < html.length && !SPACE.test(html[i]) && html[i] !== '>') i++;
        value = html.slice(start, i);
      }
    }
    attrs.push([attrName, decodeEntities(value)]);
  }
  tokens.push({ type: 'start', name, attrs });
  return i + 1;
}

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  middot: '\u00b7',
};

/** Decodes the entities our renderers use, and numeric ones; anything else is left as is. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const cp =
        body[1] === 'x' || body[1] === 'X'
          ? parseInt(body.slice(2), 16)
          : parseInt(body.slice(1), 10);
      return Number.isFinite(cp) && cp <= 0x10ffff ? String.fromCodePoint(cp) : whole;
    }
    return NAMED[body.toLowerCase()] ?? whole;
  });
}

/** The visible text of a token stream, entities decoded. */
export function textOf(tokens: readonly HtmlToken[]): string {
  return tokens
    .filter((t): t is Extract<HtmlToken, { type: 'text' }> => t.type === 'text')
    .map((t) => decodeEntities(t.value))
    .join('');
}

/** The tags and attributes only: equal for two documents with the same structure. */
export function structureOf(tokens: readonly HtmlToken[]): string[] {
  return tokens.flatMap((t) =>
    t.type === 'start'
      ? [`<${t.name} ${t.attrs.map(([n, v]) => `${n}=${JSON.stringify(v)}`).join(' ')}>`]
      : t.type === 'end'
        ? [`</${t.name}>`]
        : t.type === 'text'
          ? []
          : [`<!${t.type}>`],
  );
}
