// The add-on's sidebar: the built Sidebar.html in a 300 px frame, as Sheets shows it. The frame
// is loaded again only when the add-on shows a sidebar again, so its own state survives redraws.
import type { PreviewView } from '../session';
import { attempt, post, refresh } from './api';
import { $ } from './dom';

let loaded = -1;

export function drawSidebar(view: PreviewView): void {
  const aside = $('sidebar');
  const sidebar = view.sidebar;
  const frame = $('sidebar-frame') as HTMLIFrameElement;
  if (!sidebar) {
    aside.hidden = true;
    // Hidden is closed: showing it again (or to another user) starts it afresh, as Sheets does.
    if (loaded !== -1) frame.src = 'about:blank';
    loaded = -1;
    return;
  }
  aside.hidden = false;
  $('sidebar-title').textContent = sidebar.title;
  if (sidebar.version !== loaded) {
    loaded = sidebar.version;
    frame.src = `/sidebar?v=${sidebar.version}`;
  }
}

export function wireSidebar(): void {
  $('close-sidebar').addEventListener('click', () => attempt(() => post('/api/close-sidebar')));
  window.addEventListener('message', (event) => {
    if (event.origin !== location.origin) return;
    const type = (event.data as { type?: unknown } | null)?.type;
    if (type === 'map-preview:changed') attempt(refresh);
    if (type === 'map-preview:close-sidebar') attempt(() => post('/api/close-sidebar'));
    if (type === 'map-preview:focus-editor') $('grid-wrap').focus();
  });
}
