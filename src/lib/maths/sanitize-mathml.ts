import type { Element, ElementContent } from 'hast';

// MathML Core's elements, and the few more temml writes (menclose, a browser ignores).
const ELEMENTS = new Set([
  'math',
  'semantics',
  'annotation',
  'mrow',
  'mi',
  'mn',
  'mo',
  'ms',
  'mtext',
  'mspace',
  'msub',
  'msup',
  'msubsup',
  'munder',
  'mover',
  'munderover',
  'mfrac',
  'msqrt',
  'mroot',
  'mstyle',
  'mpadded',
  'mphantom',
  'menclose',
  'mtable',
  'mtr',
  'mtd',
  'mmultiscripts',
  'mprescripts',
  'none',
]);
// Presentation attributes. Not id (\label), href (\ref), title (tooltips) or anything else.
const ATTRIBUTES = new Set([
  'display',
  'displaystyle',
  'scriptlevel',
  'mathvariant',
  'mathcolor',
  'mathbackground',
  'mathsize',
  'encoding',
  'form',
  'fence',
  'separator',
  'stretchy',
  'symmetric',
  'largeop',
  'movablelimits',
  'accent',
  'accentunder',
  'lspace',
  'rspace',
  'minsize',
  'maxsize',
  'width',
  'height',
  'depth',
  'voffset',
  'linethickness',
  'notation',
  'columnalign',
  'rowalign',
  'rowspacing',
  'columnspacing',
  'columnlines',
  'rowlines',
  'frame',
  'framespacing',
  'linebreak',
]);
// Dropped, not refused: temml's classes need its style sheet, which pages do not load, and
// its inline styles (math-depth, cell padding, \kern's margins, colours) are what a browser's
// own MathML style already does, or what an entry should not do.
const DROPPED = new Set(['class', 'className', 'style']);
// Points per unit. temml caps positive sizes (maxSize) but not negative ones: \rule{-10cm}{1cm}.
const POINTS: Record<string, number> = {
  em: 10,
  ex: 4.31,
  pt: 1,
  px: 0.75,
  mm: 2.845,
  cm: 28.45,
  in: 72,
  pc: 12,
  bp: 1,
  mu: 10 / 18,
};
const LENGTH = /^\s*([+-]?(?:\d+\.?\d*|\.\d+))\s*([a-z]{2})\s*$/;
/** The largest length any attribute may give, in points: 20em, as in temml's maxSize. */
const MAX_POINTS = 200;
/** The most elements a formula may make: a long real one makes a few hundred (~20 KB). */
export const MAX_MATHML_ELEMENTS = 2000;

function oversize(value: unknown): boolean {
  const length = typeof value === 'string' ? LENGTH.exec(value) : null;
  if (!length) return false;
  return Math.abs(Number(length[1]) * (POINTS[length[2] ?? ''] ?? 1)) > MAX_POINTS;
}

function check(node: Element, count: { elements: number }): string | undefined {
  count.elements += 1;
  if (count.elements > MAX_MATHML_ELEMENTS) return `it makes more than ${MAX_MATHML_ELEMENTS} MathML elements`;
  if (!ELEMENTS.has(node.tagName)) return `it would make a <${node.tagName}> element, which entries may not have`;
  for (const [name, value] of Object.entries(node.properties)) {
    if (DROPPED.has(name)) delete node.properties[name];
    else if (!ATTRIBUTES.has(name))
      return `it would give <${node.tagName}> a ${name} attribute, which entries may not have`;
    else if (oversize(value)) return `it sets a size of ${String(value)}; at most 20em is allowed`;
  }
  for (const child of node.children) {
    const problem = child.type === 'element' ? check(child, count) : undefined;
    if (problem) return problem;
  }
  return undefined;
}

function isElement(node: ElementContent | undefined): node is Element {
  return node?.type === 'element';
}

/**
 * Checks temml's MathML against an allowlist of MathML elements and
 * presentation attributes, that no size is larger than 20em either way and
 * that there are at most {@link MAX_MATHML_ELEMENTS} elements;
 * drops its classes and inline styles. Marks the rendered formula (the first
 * child of `<semantics>`) `data-pagefind-ignore`, so search indexes the TeX
 * of the annotation rather than a soup of glyphs. Changes `math` in place;
 * returns what is wrong, or undefined when it may go in a page.
 */
export function sanitizeMathml(math: Element): string | undefined {
  const problem = check(math, { elements: 0 });
  if (problem) return problem;
  const semantics = math.children.find(isElement);
  const shown = semantics?.tagName === 'semantics' ? semantics.children.find(isElement) : undefined;
  if (shown) shown.properties['dataPagefindIgnore'] = '';
  return undefined;
}
