// Screens are redrawn from fresh server state; these keep the keyboard user where they were.

/** The `data-focus` key of the focused element, read before a redraw. */
export function focusedKey(): string | null {
  const active = document.activeElement;
  return active instanceof HTMLElement ? active.getAttribute('data-focus') : null;
}

/** After a redraw, focuses the element with the same key (or `fallback`) inside `root`. */
export function restoreFocus(root: HTMLElement, key: string | null, fallback?: string): void {
  for (const candidate of [key, fallback]) {
    if (!candidate) continue;
    const target = root.querySelector<HTMLElement>(`[data-focus="${CSS.escape(candidate)}"]`);
    if (target) {
      target.focus();
      return;
    }
  }
}
