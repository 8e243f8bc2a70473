import type { Element, ElementContent } from 'hast';

/** An MDX component an entry may use, and the plain HTML it becomes. */
export interface AllowedComponent {
  /** Attributes it takes, each a literal string; any other attribute is an error. */
  attributes: readonly string[];
  /** Attributes it must have. */
  required: readonly string[];
  /** Attributes holding a URL, checked like links. */
  urls: readonly string[];
  /** Builds the HTML element from its attributes and rendered children. */
  render(attributes: Record<string, string>, children: ElementContent[]): Element;
}

const element = (tagName: string, properties: Element['properties'], children: ElementContent[]): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});

/**
 * The components an entry may use. Everything else that looks like JSX or
 * HTML fails the check, so an entry can never inject markup or run code.
 */
export const ALLOWED_COMPONENTS: Readonly<Record<string, AllowedComponent>> = {
  Note: {
    attributes: ['title'],
    required: [],
    urls: [],
    render: (attributes, children) =>
      element('aside', { className: ['note'] }, [
        ...(attributes['title']
          ? [element('p', { className: ['note-title'] }, [{ type: 'text', value: attributes['title'] }])]
          : []),
        ...children,
      ]),
  },
  Figure: {
    attributes: ['src', 'alt', 'caption'],
    required: ['src', 'alt'],
    urls: ['src'],
    render: (attributes, children) =>
      element('figure', {}, [
        element(
          'img',
          { src: attributes['src'] ?? '', alt: attributes['alt'] ?? '', loading: 'lazy', decoding: 'async' },
          [],
        ),
        ...(attributes['caption'] || children.length > 0
          ? [
              element(
                'figcaption',
                {},
                attributes['caption'] ? [{ type: 'text', value: attributes['caption'] }] : children,
              ),
            ]
          : []),
      ]),
  },
};
