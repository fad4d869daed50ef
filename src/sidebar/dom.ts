/** Calls `fn` once typing pauses for `waitMs`; `flush` runs a pending call now. */
export interface Debounced {
  (): void;
  cancel(): void;
  flush(): void;
}

export function debounce(fn: () => void, waitMs: number): Debounced {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    timer = undefined;
    fn();
  };
  const debounced = (() => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(run, waitMs);
  }) as Debounced;
  debounced.cancel = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  debounced.flush = () => {
    if (timer === undefined) return;
    clearTimeout(timer);
    run();
  };
  return debounced;
}

// The one way the sidebar builds DOM. Data only ever becomes text nodes or attribute values, so
// a step called `<img onerror=…>` stays a string; there is deliberately no innerHTML path here.

export type Child = Node | string | number | null | undefined | false;

export interface Props {
  className?: string;
  id?: string;
  /** Plain attributes; event-handler attributes are refused (use `on`). */
  attrs?: Record<string, string | number | boolean | undefined>;
  on?: { [E in keyof HTMLElementEventMap]?: (event: HTMLElementEventMap[E]) => void };
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  children: Child[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.id) node.id = props.id;
  for (const [name, value] of Object.entries(props.attrs ?? {})) {
    if (/^on/i.test(name)) throw new Error(`Refusing event attribute ${name}`);
    if (value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const [type, listener] of Object.entries(props.on ?? {})) {
    node.addEventListener(type, listener as EventListener);
  }
  append(node, children);
  return node;
}

export function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
}

/** Replaces everything inside `parent` with `children`. */
export function replaceChildren(parent: Node, children: Child[]): void {
  while (parent.firstChild) parent.removeChild(parent.firstChild);
  append(parent, children);
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`The sidebar page lacks #${id}`);
  return node as T;
}

let counter = 0;
/** Ids that tie a label or message to its control; unique per page load. */
export function uid(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}`;
}

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
