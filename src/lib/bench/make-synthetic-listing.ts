import { parseListing } from '../listing/parse-listing.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const QUALIFIERS = [
  'Revisited',
  'at Scale',
  'for Small Data',
  'in Practice',
  'Made Simple',
  'Without Labels',
  'Under Shift',
  'with Guarantees',
];
/** One abstract in five gets one of these, as a realistic share of arXiv abstracts carry TeX. */
const MATHS_EVERY = 5;
const MATHS_SENTENCES = [
  String.raw`We prove a regret bound of $\tilde{O}(\sqrt{T})$ and a rate of $\mathcal{O}(1/\epsilon^{2})$.`,
  String.raw`The method reduces the cost of attention from $O(n^2)$ to $O(n \log n)$ for sequences of length $n$.`,
  String.raw`We bound $\mathbb{E}[\|x_t - x^\star\|^{2}]$ for any step size $\eta \le 1/L$.`,
  String.raw`Each layer maps $\mathbf{W} \in \mathbb{R}^{d \times k}$ with $k \ll d$, keeping $\alpha \ge 0$.`,
];

/** Options of {@link makeSyntheticListing}. */
export interface SyntheticListingOptions {
  /** Papers listed under each day (default 56, one Daily Papers page). */
  papersPerDay?: number;
  /** The newest listing day, `YYYY-MM-DD` (default 2025-08-20); the others go back a day at a time. */
  newestDay?: string;
  /** The number of the first paper, so a later listing's titles and links differ from an earlier one's. */
  firstNumber?: number;
}

/**
 * A listing of `count` papers made from a real listing's papers: titles get a
 * qualifier and a number so every title (and slug) is distinct, abstracts are
 * reused with numbered code links, one in five ending with a sentence of TeX maths, and papers
 * are spread over days, `papersPerDay` a day, newest first.
 * Deterministic, so two runs measure the same input.
 */
export function makeSyntheticListing(
  source: string,
  count: number,
  { papersPerDay = 56, newestDay = '2025-08-20', firstNumber = 1 }: SyntheticListingOptions = {},
): string {
  const { papers } = parseListing(source, { file: 'source.txt', year: 2025 });
  if (papers.length === 0) throw new Error('the source listing has no papers to copy');
  const newest = Date.parse(`${newestDay}T00:00:00Z`);
  const sections: string[] = [];
  for (let position = 0; position < count; position += 1) {
    const index = firstNumber - 1 + position;
    if (position % papersPerDay === 0) {
      const day = new Date(newest - Math.floor(position / papersPerDay) * 86_400_000);
      sections.push(`${MONTHS[day.getUTCMonth()]} ${day.getUTCDate()}, ${day.getUTCFullYear()}`);
    }
    const paper = papers[index % papers.length];
    const qualifier = QUALIFIERS[Math.floor(index / papers.length) % QUALIFIERS.length];
    // Each copy links its own repository, as distinct papers would (the checker refuses shared code links).
    const abstract = (paper?.abstract ?? '').replace(
      /https?:\/\/\S+?(?=[.,;:)]*(?:\s|$))/g,
      (url) => `${url}-${index + 1}`,
    );
    const maths =
      index % MATHS_EVERY === 0 ? ` ${MATHS_SENTENCES[(index / MATHS_EVERY) % MATHS_SENTENCES.length]}` : '';
    sections.push(`${paper?.title} ${qualifier} ${index + 1}`, `${abstract}${maths}`);
  }
  return `Daily Papers\n\n${sections.join('\n\n')}\n`;
}
