import { parseDocument } from 'yaml';
import { splitFrontmatter } from '../entry/split-frontmatter.ts';

// Name pools for synthetic authors: accents and particles included, as real lists have them.
const GIVEN = [
  'Ada',
  'Alan',
  'Grace',
  'Wei',
  'Yoshua',
  'Fei-Fei',
  'Jürgen',
  'Daphne',
  'Andrew',
  'Ilya',
  'Chelsea',
  'Sergey',
  'Zoë',
  'Kaiming',
  'Léon',
  'Mira',
  'Oriol',
  'Pieter',
  'Rana',
  'Shakir',
  'Timnit',
  'Xiaojin',
  'Yann',
  'Anima',
];
const FAMILY = [
  'Lovelace',
  'Turing',
  'Hopper',
  'Zhang',
  'Bengio',
  'Li',
  'Schmidhuber',
  'Koller',
  'Ng',
  'Sutskever',
  'Finn',
  'Levine',
  'Østergaard',
  'He',
  'Bottou',
  'Murati',
  'Vinyals',
  'van der Berg',
  'el Kaliouby',
  'Mohamed',
  'Gebru',
  'Zhu',
  'LeCun',
  'Anandkumar',
];
// Authors per paper, cycled: most papers have a handful; some need the page's fold, one a long one.
const COUNTS = [3, 5, 4, 7, 2, 6, 12, 4, 9, 1, 5, 3, 31, 4, 6, 8];
// Papers per synthetic arXiv month: new-style ids hold five digits.
const PER_MONTH = 99_999;

/** The synthetic arXiv id of the `index`th paper (0-based): `2401.00001`, … unique for a million papers. */
export function syntheticArxivId(index: number): string {
  const month = Math.floor(index / PER_MONTH);
  const yymm = `${24 + Math.floor(month / 12)}${String((month % 12) + 1).padStart(2, '0')}`;
  return `${yymm}.${String((index % PER_MONTH) + 1).padStart(5, '0')}`;
}

/** The synthetic authors of the `index`th paper: a deterministic mix of names from the pools. */
export function syntheticAuthors(index: number): string[] {
  const count = COUNTS[index % COUNTS.length] ?? 3;
  return Array.from(
    { length: count },
    (_, k) => `${GIVEN[(index * 7 + k * 5) % GIVEN.length]} ${FAMILY[(index * 11 + k * 3) % FAMILY.length]}`,
  );
}

/**
 * An entry as lookup would leave it: the benchmark's synthetic listing has titles and
 * abstracts only, so each entry it ingests gets an arXiv id, authors and a first-version
 * day (1 to 40 days before its listing day), and the bench's figures include them.
 * `index` makes them differ from paper to paper; the rest of the entry is kept.
 */
export function addSyntheticIdentity(text: string, index: number): string {
  const { frontmatter, body } = splitFrontmatter(text);
  if (frontmatter === undefined) throw new Error(`entry ${index} has no frontmatter`);
  const document = parseDocument(frontmatter);
  const listed = String(document.get('date'));
  const published = new Date(Date.parse(`${listed}T00:00:00Z`) - (1 + (index % 40)) * 86_400_000)
    .toISOString()
    .slice(0, 10);
  document.set('arxiv', syntheticArxivId(index));
  document.set('authors', syntheticAuthors(index));
  document.set('published', published);
  return `---\n${document.toString({ lineWidth: 0 })}---\n${body}`;
}
