/**
 * Building DOM from data without ever parsing it as HTML: every string becomes a text node or
 * textContent. Article text and names are untrusted; nothing here uses innerHTML.
 */

type Child = Node | string | null | undefined | false;

export interface ElementProps {
  class?: string;
  text?: string;
  title?: string;
  attrs?: Record<string, string>;
  on?: { [K in keyof HTMLElementEventMap]?: (event: HTMLElementEventMap[K]) => void };
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: ElementProps = {},
  children: Child[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.class) node.className = props.class;
  if (props.text !== undefined) node.textContent = props.text;
  if (props.title !== undefined) node.title = props.title;
  for (const [name, value] of Object.entries(props.attrs ?? {})) {
    // Event-handler attributes would turn data into code.
    if (/^on/i.test(name)) throw new Error(`refusing to set the ${name} attribute`);
    node.setAttribute(name, value);
  }
  for (const [type, handler] of Object.entries(props.on ?? {})) node.addEventListener(type, handler as EventListener);
  append(node, children);
  return node;
}

export function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

export function clear(node: Node): void {
  while (node.firstChild) node.removeChild(node.firstChild);
}

export function swatch(color: string, shape: 'dot' | 'line' = 'dot'): HTMLSpanElement {
  const span = el('span', { class: `swatch swatch-${shape}` });
  // A colour from our palette, validated so a stray value cannot become CSS.
  if (/^#[0-9a-fA-F]{3,8}$/.test(color)) span.style.setProperty('--swatch', color);
  return span;
}

export function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = el('a', { attrs: { href: url, download: name } });
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
