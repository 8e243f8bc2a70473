import { locateField } from '../check/locate-field.ts';
import { formatDiagnostic } from '../diagnostic.ts';
import { arxivAbsUrl } from '../site/arxiv-urls.ts';
import type { Candidate } from './match-arxiv-paper.ts';
import type { LookupResult } from './look-up-entries.ts';

/** Authors shown in a report line before "and N more". */
const AUTHORS_SHOWN = 3;

function names(authors: readonly string[]): string {
  const shown = authors.slice(0, AUTHORS_SHOWN).join(', ');
  return authors.length > AUTHORS_SHOWN ? `${shown} and ${authors.length - AUTHORS_SHOWN} more` : shown;
}

function candidateLine({ paper, reason }: Candidate): string {
  return `\n    ${paper.id} "${paper.title}" (first version ${paper.published}): ${reason}`;
}

// With an id, lookup still wants the same title: a mistyped id must not bring another paper's authors.
const addId = (id: string) =>
  `add its id to the entry, in quotes (arxiv: "${id}"), with its title as arXiv writes it, and run npm run lookup again; or add the fields by hand`;

/**
 * One result as a person reads it: what was added (or would be, on a dry
 * run); or, at the line of the title or id, why nothing was, with every
 * candidate arXiv offered so a curator can decide.
 */
export function formatLookupResult(result: LookupResult, dryRun: boolean): string {
  const { entry } = result;
  if (result.kind === 'failed') return formatDiagnostic(result.problem);
  if (result.kind === 'found') {
    const { paper, added } = result;
    if (added.length === 0) return `${entry.file}: arXiv ${paper.id} matches, but lists nothing the entry lacks`;
    const parts = added.map((name) =>
      name === 'authors'
        ? `authors ${names(paper.authors)}`
        : name === 'arxiv'
          ? `arxiv ${paper.id}`
          : `published ${paper.published}`,
    );
    return `${entry.file}: ${dryRun ? 'would add' : 'added'} ${parts.join('; ')}`;
  }
  const { line, column } = locateField(entry.text, result.by === 'title' ? ['title'] : ['arxiv']);
  const at = { file: entry.file, line, column, severity: 'warning' as const };
  const seen = result.candidates.map(candidateLine).join('');
  if (result.by === 'id') {
    const id = entry.data.arxiv ?? '';
    return formatDiagnostic(
      result.candidates.length === 0
        ? {
            ...at,
            message: `arXiv has no paper ${id}; nothing was written`,
            hint: `check the id at ${arxivAbsUrl(id)}`,
          }
        : {
            ...at,
            message: `arXiv ${id} does not look like this entry's paper; nothing was written${seen}`,
            hint: 'check the id: the titles must be the same up to case, accents and punctuation, and the first version no later than the listing date',
          },
    );
  }
  return formatDiagnostic(
    result.candidates.length === 0
      ? {
          ...at,
          message: `no paper titled "${entry.data.title}" on arXiv; nothing was written`,
          hint: `if it is on arXiv under another title, ${addId('…')}`,
        }
      : {
          ...at,
          message: `no certain match on arXiv for "${entry.data.title}"; nothing was written. Candidates seen:${seen}`,
          hint: `if one of them is the paper, ${addId(result.candidates[0]?.paper.id ?? '…')}`,
        },
  );
}
