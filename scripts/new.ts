#!/usr/bin/env node
// npm run new -- --title "…" [--abstract-file F | < abstract.txt] [--code URL] [--paper URL] [--topics a,b] [--date YYYY-MM-DD]
// npm run new -- --arxiv 2408.08338 [--code URL] [--topics a,b] [--date YYYY-MM-DD]
import { mkdirSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { ArxivError } from '../src/lib/arxiv/arxiv-error.ts';
import { clientFromEnvironment } from '../src/lib/arxiv/client-from-environment.ts';
import type { ArxivPaper } from '../src/lib/arxiv/parse-arxiv-feed.ts';
import { exitWith, parseCommandLine } from '../src/lib/cli/parse-command-line.ts';
import { writeEntryAtomically } from '../src/lib/ingest/write-entry-atomically.ts';
import { formatTopicEvidence } from '../src/lib/scaffold/format-topic-evidence.ts';
import { localDate } from '../src/lib/scaffold/local-date.ts';
import { planNewEntry } from '../src/lib/scaffold/plan-new-entry.ts';
import { readKnownEntries } from '../src/lib/scaffold/read-known-entries.ts';
import { formatScaffoldProblem } from '../src/lib/scaffold/scaffold-problem.ts';
import { arxivIdSchema } from '../src/lib/schema/paper.ts';
import { readVocabulary } from '../src/lib/topics/read-vocabulary.ts';

const USAGE = `usage: npm run new -- --title "…" [--abstract-file F] [--code URL] [--paper URL] [--topics a,b] [--date YYYY-MM-DD]
       npm run new -- --arxiv 2408.08338 [--code URL] [--topics a,b] [--date YYYY-MM-DD]

Writes one new paper entry, content/papers/<slug>.mdx, through the same schema, slug
and serializer as ingest. Refuses a paper that is already in the list.
  --title TEXT          the paper's title (required, unless --arxiv gives it)
  --arxiv ID            a paper on arXiv: its title, abstract, authors and first-version day are
                        asked of arXiv's API (ARXIV_API_URL sets its address)
  --abstract-file F     file holding the abstract; without it the abstract is read from standard input
  --code URL            the code repository (default: a code link found in the abstract)
  --paper URL           the paper itself (arXiv, DOI)
  --topics a,b          topic ids (default: suggested by the rules in content/topics.yaml)
  --date YYYY-MM-DD     the day it was listed (default: today)
  --dry-run             print the entry instead of writing it
  --papers DIR          entries folder (default: content/papers)
  --vocabulary FILE     topic vocabulary (default: content/topics.yaml)`;

function readAbstract(file: string | undefined): string | undefined {
  if (file === undefined && process.stdin.isTTY) return undefined;
  return readFileSync(file === undefined || file === '-' ? 0 : file, 'utf8');
}

// The paper with this id, through the same client as npm run lookup.
async function fetchArxivPaper(id: string): Promise<ArxivPaper> {
  const paper = (await clientFromEnvironment(process.env, process.cwd()).fetchById(id)).find(
    (candidate) => candidate.id === id,
  );
  if (!paper) throw new ArxivError(`arXiv has no paper ${id}; check the id at https://arxiv.org/abs/${id}`);
  return paper;
}

async function main(): Promise<number> {
  const line = parseCommandLine(process.argv.slice(2), {
    command: 'new',
    usage: USAGE,
    options: {
      title: { type: 'string' },
      arxiv: { type: 'string' },
      'abstract-file': { type: 'string' },
      code: { type: 'string' },
      paper: { type: 'string' },
      topics: { type: 'string' },
      date: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      papers: { type: 'string', default: 'content/papers' },
      vocabulary: { type: 'string', default: 'content/topics.yaml' },
    },
  });
  if (line.exit) return exitWith(line.exit);
  const { values } = line;
  if (values.arxiv !== undefined && (values.title !== undefined || values['abstract-file'] !== undefined)) {
    console.error('new: --arxiv fills the title and the abstract from arXiv: leave out --title and --abstract-file');
    return 2;
  }
  if (values.arxiv !== undefined && !arxivIdSchema.safeParse(values.arxiv).success) {
    console.error(
      `new: --arxiv "${values.arxiv}": expected a bare arXiv id such as 2408.08338 or math/0703123 (no "arXiv:" prefix, no version such as v2)`,
    );
    return 2;
  }
  if (values.title === undefined && values.arxiv === undefined) return exitWith(line.refuse('--title is required'));
  let abstract;
  let vocabulary;
  let found: ArxivPaper | undefined;
  try {
    vocabulary = await readVocabulary(values.vocabulary);
    if (values.arxiv === undefined) abstract = readAbstract(values['abstract-file']);
    else found = await fetchArxivPaper(values.arxiv);
  } catch (error) {
    console.error(`new: ${(error as Error).message}${error instanceof ArxivError ? '\nnew: nothing was written' : ''}`);
    return 1;
  }
  abstract = found?.abstract ?? abstract;
  if (abstract === undefined) {
    console.error(
      'new: no abstract: pass --abstract-file F, or pipe it in (npm run new -- --title "…" < abstract.txt)',
    );
    return 2;
  }
  const papersFolder = relative(process.cwd(), values.papers) || '.';
  const plan = planNewEntry(
    {
      title: found?.title ?? values.title ?? '',
      abstract,
      date: values.date ?? localDate(new Date()),
      code: values.code,
      paper: values.paper,
      arxiv: found?.id,
      authors: found && found.authors.length > 0 ? found.authors : undefined,
      published: found?.published,
      topics: values.topics
        ?.split(',')
        .map((topic) => topic.trim())
        .filter(Boolean),
    },
    { vocabulary, papersFolder, known: readKnownEntries(values.papers, process.cwd()) },
  );
  if (!plan.ok) {
    for (const problem of plan.problems) console.error(formatScaffoldProblem(problem));
    console.error('new: nothing was written');
    return 1;
  }
  if (values['dry-run']) {
    console.log(`would create ${plan.file}:\n\n${plan.text}`);
  } else {
    mkdirSync(values.papers, { recursive: true });
    if (!writeEntryAtomically(values.papers, `${plan.slug}.mdx`, plan.text)) {
      console.error(`new: ${plan.file} appeared meanwhile; it was left as it is`);
      return 1;
    }
    console.log(`created ${plan.file}`);
  }
  const topics = plan.data.topics.join(', ') || 'none';
  if (plan.suggested === undefined) console.log(`topics: ${topics} (as given)`);
  else {
    console.log(`topics: ${topics} (suggested by the rules in ${values.vocabulary}; edit the entry to change them)`);
    for (const line of formatTopicEvidence(plan.suggested, plan.data.topics)) console.log(line);
    if (plan.data.topics.length === 0)
      console.log('no topic matched: add topics by hand; npm run check warns until the entry has one');
  }
  return 0;
}

process.exitCode = await main();
