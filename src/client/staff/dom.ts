/** Small DOM helpers: every text from a file or the data reaches the page through textContent. */

/** A new element with optional classes and text. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: { className?: string; text?: string } = {},
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (options.className) node.className = options.className;
  if (options.text !== undefined) node.textContent = options.text;
  return node;
}

/** The element matching `selector` under `root`; throws when the page lacks it (a template bug). */
export function need<T extends Element = HTMLElement>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`staff page: missing ${selector}`);
  return found;
}

/** Replaces the children of `parent` with `children`. */
export function fill(parent: Element, children: readonly Node[]): void {
  parent.replaceChildren(...children);
}
