import type { Nodes, Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from 'mdast-util-mdx-jsx';
import type { Diagnostic } from '../diagnostic.ts';
import { ALLOWED_COMPONENTS } from './components.ts';
import { esmLineHint } from './explain-mdx-error.ts';
import { isSafeUrl } from './is-safe-url.ts';

/** Where the body starts in its file, so positions in the body become file positions. */
export interface BodyLocation {
  file: string;
  /** 1-based line of the body's first line in the file. */
  bodyLine: number;
  /** Whether a site path such as `/figures/x.png` is a file in `public/`; without it, such paths are not checked. */
  publicFile?: ((path: string) => boolean) | undefined;
}

const NAMES = Object.keys(ALLOWED_COMPONENTS).join(', ');

function problem(location: BodyLocation, node: Nodes, message: string, hint: string): Diagnostic {
  const start = node.position?.start;
  return {
    file: location.file,
    line: (start?.line ?? 1) + location.bodyLine - 1,
    column: start?.column ?? 1,
    severity: 'error',
    message,
    hint,
  };
}

function checkAttributes(
  location: BodyLocation,
  node: Nodes,
  name: string,
  attributes: Array<MdxJsxAttribute | MdxJsxExpressionAttribute>,
): Diagnostic[] {
  const component = ALLOWED_COMPONENTS[name];
  if (!component) return [];
  const found: Diagnostic[] = [];
  const given = new Set<string>();
  for (const attribute of attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      found.push(
        problem(
          location,
          node,
          `<${name}> has a spread expression {${attribute.value}}, which would run as code`,
          'write each attribute as name="text"',
        ),
      );
      continue;
    }
    given.add(attribute.name);
    if (/^on/i.test(attribute.name)) {
      found.push(
        problem(
          location,
          node,
          `<${name}> has an event handler attribute ${attribute.name}=, which is not allowed`,
          'remove it: entries cannot run scripts',
        ),
      );
    } else if (!component.attributes.includes(attribute.name)) {
      found.push(
        problem(
          location,
          node,
          `<${name}> has no attribute "${attribute.name}"`,
          `<${name}> takes: ${component.attributes.join(', ')}`,
        ),
      );
    }
    if (typeof attribute.value !== 'string') {
      found.push(
        problem(
          location,
          node,
          `<${name} ${attribute.name}> must be a quoted string, not ${attribute.value === null || attribute.value === undefined ? 'empty' : 'an {expression}'}`,
          `write ${attribute.name}="text"`,
        ),
      );
    } else if (component.urls.includes(attribute.name) && !isSafeUrl(attribute.value)) {
      found.push(
        problem(
          location,
          node,
          `<${name} ${attribute.name}="${attribute.value}"> uses a URL scheme that is not allowed`,
          'use an https:// URL or a path to a file in public/',
        ),
      );
    } else if (component.urls.includes(attribute.name)) {
      found.push(
        ...checkImageFile(location, node, attribute.value, `<${name} ${attribute.name}="${attribute.value}">`),
      );
    }
  }
  for (const required of component.required) {
    if (!given.has(required))
      found.push(problem(location, node, `<${name}> needs a ${required}="…" attribute`, `add ${required}="…"`));
  }
  return found;
}

/**
 * An image that is not a URL must be a file of `public/`, named from the site's root:
 * anything else is a broken image on the paper's page.
 */
function checkImageFile(location: BodyLocation, node: Nodes, path: string, what: string): Diagnostic[] {
  if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(path)) return [];
  if (!path.startsWith('/')) {
    return [
      problem(
        location,
        node,
        `${what} is a relative path, which would be a broken image on the paper's page`,
        `start it with / for a file in public/ (/${path}), or use an https:// URL`,
      ),
    ];
  }
  if (!location.publicFile || location.publicFile(path)) return [];
  return [
    problem(
      location,
      node,
      `${what}: there is no file public${path}, so the image would be broken`,
      `add the image as public${path}, or use its https:// URL`,
    ),
  ];
}

function checkNode(location: BodyLocation, node: Nodes): Diagnostic[] {
  switch (node.type) {
    case 'mdxjsEsm':
      return [
        problem(
          location,
          node,
          'import/export statements are not allowed in an entry; they would run as code at build time',
          esmLineHint(node.value.split('\n')[0] ?? ''),
        ),
      ];
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return [
        problem(
          location,
          node,
          `the expression {${node.value.length > 40 ? `${node.value.slice(0, 40)}…` : node.value}} is not allowed; it would run as code`,
          'write \\{ to show a brace as text',
        ),
      ];
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      const name = node.name ?? '';
      if (!ALLOWED_COMPONENTS[name]) {
        return [
          problem(
            location,
            node,
            `<${name || '>'}${name ? '>' : ''} is not an allowed component (raw HTML and other components cannot be used in entries)`,
            `use Markdown, or one of: ${NAMES}; write \\< to show a < as text`,
          ),
        ];
      }
      return checkAttributes(location, node, name, node.attributes);
    }
    case 'link':
    case 'image':
    case 'definition':
      if (!isSafeUrl(node.url))
        return [
          problem(
            location,
            node,
            `the link ${JSON.stringify(node.url.slice(0, 60))} uses a URL scheme that is not allowed`,
            'use an http:// or https:// URL',
          ),
        ];
      return node.type === 'image'
        ? checkImageFile(location, node, node.url, `the image ${JSON.stringify(node.url)}`)
        : [];
    default:
      return [];
  }
}

function hasOtherContent(paragraph: Extract<Nodes, { type: 'paragraph' }>, node: Nodes): boolean {
  return paragraph.children.some((child) => child !== node && !(child.type === 'text' && child.value.trim() === ''));
}

/**
 * Checks a parsed entry body for anything that could run or inject: ESM,
 * expressions, components outside the allowlist (raw `<script>`, `<iframe>`),
 * `on*=` attributes, and `javascript:`/`data:` URLs. Returns every problem
 * with its file position; an empty list means the body is safe to render.
 */
export function checkMdxTree(tree: Root, location: BodyLocation): Diagnostic[] {
  const found: Diagnostic[] = [];
  const visit = (node: Nodes, parent: Nodes | undefined) => {
    found.push(...checkNode(location, node));
    if (
      node.type === 'mdxJsxTextElement' &&
      parent?.type === 'paragraph' &&
      ALLOWED_COMPONENTS[node.name ?? ''] &&
      hasOtherContent(parent, node)
    ) {
      found.push(
        problem(
          location,
          node,
          `<${node.name}> is a block and cannot sit inside a line of text`,
          `put <${node.name}> and </${node.name}> on lines of their own, with blank lines around`,
        ),
      );
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes, node);
  };
  visit(tree, undefined);
  return found;
}
