// The sidebar runs in the preview exactly as built (dist/Sidebar.html); page/bridge.js, injected
// first, gives it a google.script.run that reaches the emulator over HTTP.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const bridge = readFileSync(join(__dirname, 'page', 'bridge.js'), 'utf8');

export function withBridge(sidebarHtml: string): string {
  const script = `<script>${bridge}</script>`;
  const head = /<head[^>]*>/i.exec(sidebarHtml);
  if (!head) return script + sidebarHtml;
  const at = head.index + head[0].length;
  return sidebarHtml.slice(0, at) + script + sidebarHtml.slice(at);
}
