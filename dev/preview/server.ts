// The preview's HTTP server: the page, the sidebar, and a small JSON API over the session.
// Listens on localhost only.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { PreviewSession } from './session';
import { withBridge } from './sidebar-bridge';

export interface PageAssets {
  html: string;
  script: string;
  style: string;
}

const MAX_BODY = 1_000_000;

function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new Error('Request too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      try {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve(text ? (JSON.parse(text) as Record<string, unknown>) : {});
      } catch (error) {
        reject(error);
      }
    });
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' });
  res.end(body);
}

function sendJson(res: ServerResponse, body: unknown, status = 200): void {
  send(res, status, 'application/json', JSON.stringify(body));
}

function text(value: unknown, name: string): string {
  if (typeof value !== 'string') throw new Error(`${name} must be a string`);
  return value;
}

export function createPreviewServer(
  session: PreviewSession,
  assets: PageAssets,
  onReset: (demo: boolean) => void,
): Server {
  const routes: Record<string, (body: Record<string, unknown>) => unknown> = {
    'POST /api/run': (b) => session.run(text(b.name, 'name'), Array.isArray(b.args) ? b.args : []),
    'POST /api/menu': (b) => session.run(text(b.functionName, 'functionName'), []),
    'POST /api/edit': (b) => session.edit(text(b.ref, 'ref'), text(b.text, 'text')),
    'POST /api/user': (b) => session.setUser(text(b.user, 'user')),
    'POST /api/clock': (b) => {
      if (typeof b.advance === 'string') session.advance(b.advance);
      else session.setNow(text(b.now, 'now'));
    },
    'POST /api/sheet': (b) => session.selectSheet(text(b.name, 'name')),
    'POST /api/close-sidebar': () => session.closeSidebar(),
    'POST /api/reset': (b) => onReset(b.demo === true),
  };

  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const key = `${req.method} ${url.pathname}`;
    if (key === 'GET /') return send(res, 200, 'text/html', assets.html);
    if (key === 'GET /preview.js') return send(res, 200, 'text/javascript', assets.script);
    if (key === 'GET /preview.css') return send(res, 200, 'text/css', assets.style);
    if (key === 'GET /api/state') return sendJson(res, session.view());
    if (key === 'GET /sidebar') {
      const html = session.sidebarHtml();
      return html === null
        ? send(res, 404, 'text/plain', 'No sidebar is open')
        : send(res, 200, 'text/html', withBridge(html));
    }
    const route = routes[key];
    if (!route) return send(res, 404, 'text/plain', 'Not found');
    readJson(req)
      .then((body) => sendJson(res, { result: route(body) ?? null, state: session.view() }))
      .catch((error: Error) => sendJson(res, { error: error.message }, 400));
  });
}
