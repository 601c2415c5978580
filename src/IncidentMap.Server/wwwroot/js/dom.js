// Builds DOM nodes. Text always goes in as text nodes: article text is never parsed as HTML.

/** Creates an element with attributes and children (strings become text nodes; null/false are skipped). */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'class') node.className = value;
    else if (name.startsWith('on') && typeof value === 'function') node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces all children of a node. */
export function replaceChildren(node, ...children) {
  node.replaceChildren();
  append(node, children);
}

/** A link only for absolute http(s) addresses: anything else (none, javascript:, data:, relative) is plain text. */
export function safeLink(url, text) {
  if (!url) return el('span', {}, text);
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'http:' || parsed.protocol === 'https:') {
      return el('a', { href: parsed.href, target: '_blank', rel: 'noopener noreferrer' }, text);
    }
  } catch {
    // not a URL: fall through to plain text
  }
  return el('span', {}, text);
}

/** "strategic_developments" → "Strategic developments". */
export function humanize(code) {
  if (!code) return '';
  const words = String(code).replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
