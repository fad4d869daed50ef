import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildPage, type PageAssets } from './build';
import { buildTestAddOn, type TestAddOn } from '../../test/support/built-addon';
import { createPreviewServer, type PreviewServer } from './server';
import type { PreviewSession } from './session';

jest.setTimeout(60_000);

let addOn: TestAddOn;
let assets: PageAssets;
let preview: PreviewServer;
let session: PreviewSession;
let base: string;
const resets: boolean[] = [];

beforeAll(async () => {
  addOn = await buildTestAddOn();
  assets = await buildPage();
  preview = createPreviewServer((demo) => resets.push(demo));
  await new Promise<void>((resolve) => preview.server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(preview.server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  preview.server.closeAllConnections();
  await new Promise((resolve) => preview.server.close(resolve));
  addOn?.remove();
});

function post(path: string, body: unknown, type = 'application/json') {
  return fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': type },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** A request with a Host header fetch() would not let us forge. */
function getWithHost(host: string): Promise<number> {
  const { port } = preview.server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/', headers: { host } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the preview server', () => {
  it('answers with progress while the add-on builds, and nothing else', async () => {
    preview.progress('Building the add-on…');
    const page = await fetch(`${base}/`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('Building the add-on…');
    expect(html).toContain('http-equiv="refresh"');
    const api = await fetch(`${base}/api/state`);
    expect(api.status).toBe(503);
    expect(await api.json()).toEqual({ error: 'Building the add-on…' });
  });

  it('serves the page, its script and style, and the state once ready', async () => {
    session = addOn.session('server');
    session.start();
    preview.ready(session, assets);
    expect(await (await fetch(`${base}/`)).text()).toBe(assets.html);
    const script = await fetch(`${base}/preview.js`);
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(await script.text()).toBe(assets.script);
    expect(await (await fetch(`${base}/preview.css`)).text()).toBe(assets.style);
    const state = await (await fetch(`${base}/api/state`)).json();
    expect(state.tabs).toEqual([{ name: 'Sheet1', sheetId: expect.any(Number), color: null }]);
    expect((await fetch(`${base}/nope`)).status).toBe(404);
  });

  it('turns away other hosts and anything but JSON, so other sites cannot drive it', async () => {
    expect(await getWithHost('evil.example')).toBe(403);
    expect(await getWithHost(`localhost:${new URL(base).port}`)).toBe(200);
    const plain = await post('/api/user', 'user=x', 'text/plain');
    expect(plain.status).toBe(415);
    const broken = await post('/api/user', '{nope', 'application/json');
    expect(broken.status).toBe(400);
    expect((await broken.json()).error).toMatch(/^Bad JSON/);
    const wrongType = await post('/api/edit', { sheet: 'Sheet1', a1: 'A1', text: 5 });
    expect(await wrongType.json()).toEqual({ error: 'text must be a string' });
  });

  it('runs an action and answers with its result and the new state', async () => {
    const answer = await (
      await post('/api/edit', { sheet: 'Sheet1', a1: 'B2', text: '42' })
    ).json();
    expect(answer.result).toEqual({ ok: true });
    expect(answer.state.sheet.cells[1][1]).toMatchObject({ text: '42', align: 'right' });
    // A click only moves the selection: no state comes back.
    const select = await (await post('/api/select', { sheet: 'Sheet1', a1: 'C3' })).json();
    expect(select).toEqual({ result: null });
    expect(session.view().sheet?.activeRange).toEqual({
      row: 3,
      column: 3,
      numRows: 1,
      numColumns: 1,
    });
  });

  it('serves the sidebar the add-on showed, with google.script.run bridged first', async () => {
    expect((await fetch(`${base}/sidebar`)).status).toBe(404);
    const menu = await (await post('/api/menu', { functionName: 'showSidebar' })).json();
    expect(menu.result).toEqual({ ok: true });
    expect(menu.state.sidebar).toMatchObject({ title: 'Mutual Action Plan' });
    const html = await (await fetch(`${base}/sidebar?v=1`)).text();
    const bridge = html.indexOf('google.script.run carried over HTTP');
    expect(bridge).toBeGreaterThan(0);
    expect(bridge).toBeLessThan(html.indexOf('<script', html.indexOf('</script>')));
  });

  it('makes a new spreadsheet, switches between them, and says why it cannot', async () => {
    const made = await (await post('/api/new-file', { name: 'Globex deal' })).json();
    expect(made.state).toMatchObject({ spreadsheetName: 'Globex deal', sidebar: null });
    expect(made.state.files.map((f: { name: string }) => f.name)).toEqual([
      'Deal room',
      'Globex deal',
    ]);
    const taken = await post('/api/new-file', { name: 'Deal room' });
    expect(taken.status).toBe(400);
    expect((await taken.json()).error).toMatch(/already exists/);
    const back = await (await post('/api/file', { name: 'Deal room' })).json();
    expect(back.state.spreadsheetName).toBe('Deal room');
    expect(back.state.sheet.cells[1][1]).toMatchObject({ text: '42' });
  });

  it('hands a reset to the caller, saying whether the demo was asked for', async () => {
    await post('/api/reset', { demo: true });
    await post('/api/reset', {});
    expect(resets).toEqual([true, false]);
  });
});
