// The sheet tabs along the bottom, as in Sheets.
import type { PreviewView } from '../session';
import { attempt, post } from './api';
import { $, el } from './dom';

export function drawTabs(view: PreviewView): void {
  const tabs = $('tabs');
  tabs.replaceChildren(
    ...view.tabs.map((tab) => {
      const button = el('button', {
        type: 'button',
        textContent: tab.name,
        attrs: { role: 'tab', 'aria-selected': String(tab.name === view.activeSheet) },
      });
      if (tab.color) button.style.borderBottomColor = tab.color;
      button.addEventListener('click', () => {
        if (tab.name !== view.activeSheet) attempt(() => post('/api/sheet', { name: tab.name }));
      });
      return button;
    }),
  );
}
