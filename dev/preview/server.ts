// The preview's HTTP server: the page, the sidebar, and a small JSON API over the session.
// It listens before anything is built (so a taken port fails at once) and answers with a
// "building" page until the session is ready.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { PageAssets } from './build';
import type { PreviewSession } from './session';
import { withBridge } from './sidebar-bridge';

const MAX_BODY = 1_000_000;

export interface PreviewServer {
  server: Server;
  /** Starts answering with the page and the API. */
  ready(session: PreviewSession, assets: PageAssets): void;
  /** What the "building" page says meanwhile. */
  progress(message: string): void;
}

/** Replays a reset: an empty spreadsheet, or the demo deal. */
export type ResetHandler = (demo: boolean) => void;

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    // A page on another site may post here (the server is on localhost, not private): only
    // JSON is taken, which a browser sends cross-site only after a preflight we never answer.
    if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) {
      reject(new HttpError(415, 'Send JSON (content-type: application/json)'));
      return;
    }
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new HttpError(413, 'Request too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      try {
        const text = Buffer.concat(chunks).toString('utf8');
        const body: unknown = text ? JSON.parse(text) : {};
        if (!body || typeof body !== 'object' || Array.isArray(body))
          throw new Error('expected an object');
        resolve(body as Record<string, unknown>);
      } catch (error) {
        reject(new HttpError(400, `Bad JSON: ${(error as Error).message}`));
      }
    });
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, {
    'content-type': `${type}; charset=utf-8`,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(body);
}

function sendJson(res: ServerResponse, body: unknown, status = 200): void {
  send(res, status, 'application/json', JSON.stringify(body));
}

function text(value: unknown, name: string): string {
  if (typeof value !== 'string') throw new HttpError(400, `${name} must be a string`);
  return value;
}

/** Only this machine's names: a site that rebinds its DNS to 127.0.0.1 is turned away. */
function localHost(host: string | undefined): boolean {
  const name = (host ?? '').replace(/:\d+$/, '').toLowerCase();
  return name === 'localhost' || name === '127.0.0.1' || name === '[::1]';
}

const ICON =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect x="2" width="12" height="16" rx="1.5" fill="#188038"/><path d="M5 6h6v6H5zM5 9h6M8 6v6" stroke="#fff" fill="none"/></svg>';

function buildingPage(message: string): string {
  const safe = message.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="refresh" content="1"><title>Building…</title></head><body style="font:15px system-ui, sans-serif; margin: 3em; color: #3c4043"><p>Mutual Action Plan preview</p><p role="status">${safe}</p></body></html>`;
}

export function createPreviewServer(onReset: ResetHandler): PreviewServer {
  let session: PreviewSession | null = null;
  let assets: PageAssets | null = null;
  let status = 'Starting…';

  const routes = (s: PreviewSession): Record<string, (b: Record<string, unknown>) => unknown> => ({
    'POST /api/run': (b) => s.run(text(b.name, 'name'), Array.isArray(b.args) ? b.args : []),
    'POST /api/menu': (b) => s.runMenuItem(text(b.functionName, 'functionName')),
    'POST /api/edit': (b) => s.edit(text(b.sheet, 'sheet'), text(b.a1, 'a1'), text(b.text, 'text')),
    'POST /api/user': (b) => s.setUser(text(b.user, 'user')),
    'POST /api/clock': (b) =>
      b.advance !== undefined
        ? s.advance(text(b.advance, 'advance'))
        : s.setClock(text(b.now, 'now')),
    'POST /api/sheet': (b) => s.selectSheet(text(b.name, 'name')),
    'POST /api/file': (b) => s.openFile(text(b.name, 'name')),
    'POST /api/new-file': (b) => s.newFile(text(b.name, 'name')),
    'POST /api/close-sidebar': () => s.closeSidebar(),
    'POST /api/reset': (b) => onReset(b.demo === true),
  });

  const server = createServer((req, res) => {
    if (!localHost(req.headers.host)) return send(res, 403, 'text/plain', 'Local use only');
    const url = new URL(req.url ?? '/', 'http://localhost');
    const key = `${req.method} ${url.pathname}`;
    if (key === 'GET /favicon.ico' || key === 'GET /favicon.svg')
      return send(res, 200, 'image/svg+xml', ICON);
    if (!session || !assets) {
      if (key === 'GET /') return send(res, 200, 'text/html', buildingPage(status));
      return sendJson(res, { error: status }, 503);
    }
    const live = session;
    if (key === 'GET /') return send(res, 200, 'text/html', assets.html);
    if (key === 'GET /preview.js') return send(res, 200, 'text/javascript', assets.script);
    if (key === 'GET /preview.css') return send(res, 200, 'text/css', assets.style);
    if (key === 'GET /api/state') return sendJson(res, live.view());
    if (key === 'GET /sidebar') {
      const html = live.sidebarHtml();
      return html === null
        ? send(res, 404, 'text/plain', 'No sidebar is open')
        : send(res, 200, 'text/html', withBridge(html, assets.bridge));
    }
    if (key === 'POST /api/select') {
      // Clicking a cell is frequent and changes nothing the page draws: no state comes back.
      return readJson(req)
        .then((b) =>
          live.select(
            text(b.sheet, 'sheet'),
            text(b.a1, 'a1'),
            b.file === undefined ? undefined : text(b.file, 'file'),
          ),
        )
        .then(() => sendJson(res, { result: null }))
        .catch((error: Error) => sendJson(res, { error: error.message }, statusOf(error)));
    }
    const route = routes(live)[key];
    if (!route) return send(res, 404, 'text/plain', 'Not found');
    readJson(req)
      .then((body) => {
        const result = route(body) ?? null;
        // A reset replaces the session's emulator; the view is always of the current one.
        sendJson(res, { result, state: live.view() });
      })
      .catch((error: Error) => sendJson(res, { error: error.message }, statusOf(error)));
  });

  return {
    server,
    ready(s, a) {
      session = s;
      assets = a;
    },
    progress(message) {
      status = message;
    },
  };
}

function statusOf(error: Error): number {
  return error instanceof HttpError ? error.status : 400;
}
