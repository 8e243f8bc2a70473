const LOWERCASE_S = 115;
// -ss (loss), -us (corpus), -is (analysis), -as (bias) are singular already.
const SINGULAR_BEFORE_S = new Set(['s', 'u', 'i', 'a']);

/**
 * A light stemmer: folds regular English plurals (`networks` → `network`,
 * `studies` → `study`, `gnns` → `gnn`) and nothing else. Heavier stemming
 * (`-ing`, `-ed`) merges technical terms that mean different things
 * (`learning`/`learned`, `embedding`/`embed`) more often than it helps relatedness.
 * Takes a lowercase word.
 */
export function stemWord(word: string): string {
  const { length } = word;
  if (length <= 3 || word.charCodeAt(length - 1) !== LOWERCASE_S) return word;
  if (length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('sses')) return word.slice(0, -2);
  return SINGULAR_BEFORE_S.has(word.charAt(length - 2)) ? word : word.slice(0, -1);
}
