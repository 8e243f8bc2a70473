import { phraseVariants } from './phrase-variants.ts';

/**
 * Every word sequence a phrase matches, as text: `pre-training` → `pre training`, `pretraining`,
 * `pre trainings`, …; a stem word is kept as `quantiz*`. Two phrases whose spellings intersect
 * would count one occurrence twice.
 */
export function phraseSpellings(phrase: string): Set<string> {
  const spellings = new Set<string>();
  for (const words of phraseVariants(phrase)) {
    let sequences = [''];
    for (const word of words) {
      const forms = word.stem ? [`${word.stem}*`] : word.forms;
      sequences = sequences.flatMap((prefix) => forms.map((form) => (prefix ? `${prefix} ${form}` : form)));
    }
    for (const sequence of sequences) spellings.add(sequence);
  }
  return spellings;
}
