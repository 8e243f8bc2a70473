// /reading/: the queue and the read history, drawn from this browser's state,
// and the JSON export and import.
import { formatDay } from '../../lib/site/format-day.ts';
import { paperPath } from '../../lib/site/paper-path.ts';
import { siteLink } from '../../lib/site/site-link.ts';
import { readHistory } from '../../lib/reading/read-history.ts';
import { readingQueue, type ListedPaper } from '../../lib/reading/reading-queue.ts';
import type { ReadingState } from '../../lib/reading/reading-state.ts';
import { createControls, showMarks } from './controls.ts';
import { canStore, loadReading, loadVisits, READING_CHANGE } from './store.ts';
import { importReadingFile, exportReadingFile } from './transfer.ts';

function byId(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (!element) throw new Error(`reading page: no element with id "${id}"`);
  return element;
}

/** A paper of the queue or history, shaped like the site's other lists. */
function listItem(paper: ListedPaper, state: ReadingState, when: string): HTMLLIElement {
  const item = document.createElement('li');
  item.dataset['paper'] = paper.slug;
  item.dataset['date'] = paper.date;
  const heading = document.createElement('h3');
  heading.className = 'paper-title';
  const link = document.createElement('a');
  link.href = siteLink(undefined, import.meta.env.BASE_URL, paperPath(paper.slug));
  link.textContent = paper.title;
  heading.append(link);
  const meta = document.createElement('span');
  meta.className = 'meta';
  const day = document.createElement('time');
  day.dateTime = paper.date;
  day.textContent = formatDay(paper.date);
  const at = document.createElement('time');
  at.dateTime = paper.at;
  at.textContent = new Date(paper.at).toLocaleDateString(undefined, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });
  meta.append('Listed ', day, ` · ${when} `, at);
  const controls = createControls(paper);
  showMarks(controls, state);
  item.append(heading, meta, controls);
  return item;
}

function drawList(name: 'queue' | 'history', papers: ListedPaper[], state: ReadingState): void {
  const when = name === 'queue' ? 'queued' : 'read';
  byId(`reading-${name}`).replaceChildren(...papers.map((paper) => listItem(paper, state, when)));
  byId(`${name}-empty`).hidden = papers.length > 0;
  byId(`${name}-count`).textContent = papers.length > 0 ? `(${papers.length})` : '';
}

function draw(): void {
  const state = loadReading();
  drawList('queue', readingQueue(state), state);
  drawList('history', readHistory(state), state);
}

if (canStore) {
  for (const section of document.querySelectorAll<HTMLElement>('[data-reading-section]')) section.hidden = false;
  const lastVisit = loadVisits()?.previous?.end;
  if (lastVisit) {
    const line = byId('last-visit');
    line.textContent = `Your last visit: ${new Date(lastVisit).toLocaleString(undefined, { dateStyle: 'long', timeStyle: 'short' })}. Papers listed since then are marked “New”.`;
    line.hidden = false;
  }
  draw();
  document.addEventListener(READING_CHANGE, draw);
  byId('reading-export').addEventListener('click', exportReadingFile);
  const input = byId('reading-import') as HTMLInputElement;
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (file) void importReadingFile(file, byId('reading-import-result')).finally(() => (input.value = ''));
  });
}
