import type { ResultView } from '../../lib/search/result-view.ts';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * One result as a list item shaped like the site's other paper lists (title,
 * first authors and day, topic chips, excerpt). Everything is set as text, never as HTML: the
 * excerpt's matches become `<mark>` elements.
 */
export function renderResult(view: ResultView): HTMLLIElement {
  const item = element('li');
  const heading = element('h3');
  const link = element('a', view.title);
  link.href = view.url;
  heading.append(link);
  item.append(heading);
  if (view.authors || view.date) {
    // As the site's own lists: "Ada Lovelace, Alan Turing et al. · 20 August 2025".
    const meta = element('span');
    meta.className = 'meta';
    if (view.authors) meta.append(view.authors);
    if (view.authors && view.date) meta.append(' · ');
    if (view.date) {
      const time = element('time', view.date.label);
      time.dateTime = view.date.iso;
      meta.append(time);
    }
    item.append(meta);
  }
  if (view.topics.length > 0) {
    const list = element('ul');
    list.className = 'topics';
    list.setAttribute('aria-label', 'Topics');
    for (const topic of view.topics) {
      const chip = element('li');
      if (topic.href === undefined) chip.textContent = topic.name;
      else chip.append(Object.assign(element('a', topic.name), { href: topic.href }));
      list.append(chip);
    }
    item.append(list);
  }
  const excerpt = element('p');
  excerpt.append(...view.excerpt.map((part) => (part.marked ? element('mark', part.text) : part.text)));
  item.append(excerpt);
  return item;
}
