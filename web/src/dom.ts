// Builds DOM nodes from code-given structure and untrusted text: every string becomes a text node.
// Nothing here parses HTML, so article text can never turn into markup or script.

export type Child = Node | string | number | null | undefined | false | readonly Child[];
type AttrValue = string | number | boolean | null | undefined;
export type Attrs = Record<string, AttrValue>;

const SAFE_PROTOCOLS = new Set(["http:", "https:"]);

/** An in-app hash link, or an http(s) address; anything else (javascript:, data:) is refused. */
export function safeHref(value: string): string | null {
  if (value.startsWith("#")) return value;
  try {
    return SAFE_PROTOCOLS.has(new URL(value).protocol) ? value : null;
  } catch {
    return null;
  }
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(parent, ...(child as Child[]));
    else if (child instanceof Node) parent.appendChild(child);
    else parent.appendChild(document.createTextNode(String(child)));
  }
}

/** `h("a", { href: "#/" }, "Overview")`. Event-handler attributes are refused: use `listen`. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (/^on/i.test(name)) throw new Error(`h(): set listeners with listen(), not the ${name} attribute`);
    if (name === "href") {
      const href = safeHref(String(value));
      if (href !== null) element.setAttribute("href", href);
      continue;
    }
    element.setAttribute(name, value === true ? "" : String(value));
  }
  append(element, ...children);
  return element;
}

export function listen<E extends EventTarget>(target: E, type: string, handler: (event: Event) => void): E {
  target.addEventListener(type, handler);
  return target;
}

/** Replaces an element's content with the given children. */
export function show(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, ...children);
}

export const loading = (what = "Loading…") => h("p", { class: "status", role: "status" }, what);

export function failure(error: unknown, what = "Could not load"): HTMLElement {
  const message = error instanceof Error ? error.message : String(error);
  return h("p", { class: "status error", role: "alert" }, `${what}: ${message}`);
}
