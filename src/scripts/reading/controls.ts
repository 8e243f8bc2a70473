import { hasFlag, type FlagName, type PaperInfo, type ReadingState } from '../../lib/reading/reading-state.ts';
import { toggleFlag } from '../../lib/reading/set-flag.ts';
import { announce } from './announce.ts';
import { updateReading } from './store.ts';

/** The visible label of each mark's toggle button. */
export const FLAG_LABELS: Record<FlagName, string> = { read: 'Read', saved: 'In queue' };

/** Which paper each set of controls marks. */
const papers = new WeakMap<Element, PaperInfo>();

/**
 * The read and queue toggle buttons for `paper` in a list. Each button's name
 * ends with the title ("Read: Graph Transformers"), so a list of them is
 * told apart by a screen reader.
 */
export function createControls(paper: PaperInfo): HTMLDivElement {
  const controls = document.createElement('div');
  controls.className = 'reading-controls';
  for (const flag of ['read', 'saved'] as const) {
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset['flag'] = flag;
    button.setAttribute('aria-pressed', 'false');
    const title = document.createElement('span');
    title.className = 'visually-hidden';
    title.textContent = `: ${paper.title}`;
    button.append(FLAG_LABELS[flag], title);
    controls.append(button);
  }
  papers.set(controls, paper);
  return controls;
}

/** Makes `controls` (from `createControls` or a paper page) mark `paper`. */
export function bindControls(controls: Element, paper: PaperInfo): void {
  papers.set(controls, paper);
}

/** Shows the state's marks on a set of controls. */
export function showMarks(controls: Element, state: ReadingState): void {
  const paper = papers.get(controls);
  if (!paper) return;
  for (const button of controls.querySelectorAll('button[data-flag]')) {
    const flag = button.getAttribute('data-flag') === 'read' ? 'read' : 'saved';
    button.setAttribute('aria-pressed', String(hasFlag(state, paper.slug, flag)));
  }
}

/** Switches `flag` on `paper`, stores it and says what happened. */
export function toggle(paper: PaperInfo, flag: FlagName): void {
  const state = updateReading((current) => toggleFlag(current, paper, flag, new Date().toISOString()));
  const on = hasFlag(state, paper.slug, flag);
  const what =
    flag === 'read' ? (on ? 'Marked read' : 'Marked unread') : on ? 'Added to your queue' : 'Removed from your queue';
  announce(`${what}: ${paper.title}`);
}

// One listener for every set of controls, drawn now or later.
document.addEventListener('click', (event) => {
  const button = event.target instanceof Element ? event.target.closest('button[data-flag]') : null;
  const paper = button?.parentElement ? papers.get(button.parentElement) : undefined;
  if (button && paper) toggle(paper, button.getAttribute('data-flag') === 'read' ? 'read' : 'saved');
});
