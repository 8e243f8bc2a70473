import type { ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Parent, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toHast, type State } from 'mdast-util-to-hast';
import { ALLOWED_COMPONENTS } from './components.ts';

function renderComponent(state: State, node: MdxJsxFlowElement | MdxJsxTextElement) {
  const component = ALLOWED_COMPONENTS[node.name ?? ''];
  if (!component) return undefined;
  const attributes: Record<string, string> = {};
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'string')
      attributes[attribute.name] = attribute.value;
  }
  return component.render(attributes, state.all(node) as ElementContent[]);
}

// `<Note>text</Note>` written on one line is parsed as a paragraph holding an
// inline element; it is a block all the same, and <aside> may not sit in <p>.
function liftBlockComponents(tree: Root): Root {
  const lift = (node: Parent): void => {
    node.children = node.children.map((child) => {
      if (child.type !== 'paragraph') {
        if ('children' in child) lift(child as Parent);
        return child;
      }
      const content = child.children.filter(
        (grandchild) => !(grandchild.type === 'text' && grandchild.value.trim() === ''),
      );
      const only = content[0];
      if (content.length === 1 && only?.type === 'mdxJsxTextElement' && ALLOWED_COMPONENTS[only.name ?? '']) {
        return { ...only, type: 'mdxJsxFlowElement', children: only.children } as unknown as RootContent;
      }
      return child;
    }) as typeof node.children;
  };
  lift(tree);
  return tree;
}

/**
 * Renders a checked entry body to HTML. Allowed components become plain
 * HTML; any other MDX node renders as nothing (the check has already failed
 * such an entry, so this is a second line of defence, not the first).
 */
export function renderMdx(tree: Root): string {
  const hast = toHast(liftBlockComponents(tree), {
    handlers: {
      mdxJsxFlowElement: renderComponent,
      mdxJsxTextElement: renderComponent,
      mdxjsEsm: () => undefined,
      mdxFlowExpression: () => undefined,
      mdxTextExpression: () => undefined,
    },
  });
  return toHtml(hast);
}
