import type { CompiledPattern } from './compile-vocabulary.ts';
import { addToTally, type Tally } from './tally.ts';

/** Index just past the code point at `index`, as a `u` regex steps. */
function nextCodePoint(text: string, index: number): number {
  const code = text.charCodeAt(index);
  const next = text.charCodeAt(index + 1);
  return code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? index + 2 : index + 1;
}

/**
 * Adds how often each pattern rule matches `text` to `tally`, counting like a
 * `g` regex (non-overlapping, left to right). Empty matches never count. A pattern
 * whose gate finds none of its required literals in the text is not run.
 */
export function countPatternMatches(
  patterns: readonly CompiledPattern[],
  text: string,
  tally: Tally,
  slot: 0 | 1,
): void {
  for (const { regex, gate, rules } of patterns) {
    if (gate !== null && !gate(text)) continue;
    let found = 0;
    regex.lastIndex = 0;
    for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
      if (match[0].length > 0) found += 1;
      else regex.lastIndex = nextCodePoint(text, regex.lastIndex);
    }
    if (found > 0) for (const rule of rules) addToTally(tally, rule, slot, found);
  }
}
