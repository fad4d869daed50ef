// The sidebar runs in the preview exactly as built (Sidebar.html); page/bridge.js, injected
// first, gives it a google.script.run that reaches the emulator over HTTP.

/** Puts the bridge script ahead of every script of the sidebar: first thing in <head>. */
export function withBridge(sidebarHtml: string, bridge: string): string {
  // A "</script" inside the bridge would end its tag early; none is expected, but be sure.
  const script = `<script>${bridge.replace(/<\/(script)/gi, '<\\/$1')}</script>`;
  const head = /<head(\s[^>]*)?>/i.exec(sidebarHtml);
  if (head) {
    const at = head.index + head[0].length;
    return sidebarHtml.slice(0, at) + script + sidebarHtml.slice(at);
  }
  // No <head>: before the first tag after the doctype, so it still runs before any script.
  const doctype = /^\s*<!doctype[^>]*>/i.exec(sidebarHtml);
  const at = doctype ? doctype[0].length : 0;
  return sidebarHtml.slice(0, at) + script + sidebarHtml.slice(at);
}
