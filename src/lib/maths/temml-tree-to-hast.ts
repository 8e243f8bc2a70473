import type { ElementContent } from 'hast';

/** A node of temml's MathML tree, as far as it is read here: any other shape is refused. */
interface TemmlNode {
  type?: unknown;
  text?: unknown;
  attributes?: unknown;
  children?: unknown;
}

// temml's DocumentFragment: children to splice in, and its own (unused) classes and style.
const FRAGMENT_KEYS = new Set(['children', 'classes', 'style']);

function convert(node: TemmlNode): ElementContent[] | undefined {
  if (typeof node.text === 'string' && node.children === undefined) return [{ type: 'text', value: node.text }];
  if (!Array.isArray(node.children)) return undefined;
  const children: ElementContent[] = [];
  for (const child of node.children as TemmlNode[]) {
    const converted = convert(child);
    if (!converted) return undefined;
    children.push(...converted);
  }
  if (typeof node.type === 'string' && typeof node.attributes === 'object' && node.attributes !== null) {
    const properties: Record<string, string> = {};
    for (const [name, value] of Object.entries(node.attributes)) properties[name] = String(value);
    return [{ type: 'element', tagName: node.type, properties, children }];
  }
  return Object.keys(node).every((key) => FRAGMENT_KEYS.has(key)) ? children : undefined;
}

/**
 * temml's MathML tree (`__renderToMathMLTree`, which temml offers "for
 * rendering to custom output") as hast: MathML elements with their
 * attributes, text, fragments spliced in. Classes and styles are left out, as
 * the page loads no temml style sheet. Any other node, such as the `<a>`,
 * `<span>` or `<img>` of HTML-making commands, makes the whole undefined.
 * Four times as fast as serialising to a string and parsing it with parse5.
 */
export function temmlTreeToHast(tree: unknown): ElementContent | undefined {
  const converted = typeof tree === 'object' && tree !== null ? convert(tree as TemmlNode) : undefined;
  return converted?.length === 1 ? converted[0] : undefined;
}
