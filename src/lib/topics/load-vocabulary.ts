import { LineCounter, parseDocument } from 'yaml';
import { formatVocabularyIssues } from './format-vocabulary-issues.ts';
import { vocabularySchema, type Vocabulary } from './topic-schema.ts';

/** Aliases are never needed in the vocabulary; a small bound stops "billion laughs" input early. */
const MAX_ALIAS_COUNT = 20;

/** Long lists of problems are cut here; the first ones are what a person fixes first anyway. */
const MAX_REPORTED = 20;

/**
 * Parses and validates the text of a topic vocabulary (`content/topics.yaml`).
 *
 * Pure: takes text and the file name to print, returns the data. Throws an `Error` whose message
 * lists every problem as `file:line:col  field: problem; found …` (YAML syntax, unknown or missing
 * fields, wrong types, ids that are not kebab-case or not unique, regular expressions that do not
 * compile), so the person editing the file can jump straight to it.
 */
export function parseVocabulary(text: string, file: string): Vocabulary {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  if (document.errors.length > 0) {
    const lines = document.errors.map((error) => {
      const position = error.linePos?.[0];
      const where = position ? `${file}:${position.line}:${position.col}` : file;
      return `${where}  ${error.message}`;
    });
    throw new Error(report(file, 'is not valid YAML', lines));
  }

  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    throw new Error(
      `${file}: could not read the YAML: ${(error as Error).message}. Remove the aliases (*name) and write the values out.`,
      { cause: error },
    );
  }

  const result = vocabularySchema.safeParse(data, { reportInput: true });
  if (!result.success) {
    const lines = formatVocabularyIssues(result.error.issues, { file, document, lineCounter, data });
    throw new Error(report(file, 'is not a valid topic vocabulary', lines));
  }
  return result.data;
}

/** A headline, the problems (at most MAX_REPORTED), and what to do. */
function report(file: string, headline: string, lines: readonly string[]): string {
  const shown = lines.slice(0, MAX_REPORTED).map((line) => `  ${line}`);
  if (lines.length > MAX_REPORTED) shown.push(`  … and ${lines.length - MAX_REPORTED} more`);
  const count = lines.length === 1 ? '1 problem' : `${lines.length} problems`;
  return `${file} ${headline} (${count}):\n${shown.join('\n')}\nFix the lines above; the comment at the top of ${file} describes the format.`;
}
