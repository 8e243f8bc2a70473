import { expectedSlugs } from '../check/expected-slugs.ts';
import { locateField } from '../check/locate-field.ts';
import { loadEntryFile } from '../entry/load-entry-file.ts';
import { serializeEntry } from '../entry/serialize-entry.ts';
import { paperSchema, type PaperData } from '../schema/paper.ts';
import { cleanText } from '../text/clean-text.ts';
import { closestMatch } from '../text/closest-match.ts';
import { findCodeLink } from '../text/find-code-link.ts';
import { classifyPaper, type TopicScore } from '../topics/classify-paper.ts';
import type { Vocabulary } from '../topics/topic-schema.ts';
import { findSamePaper, type SamePaper } from './find-same-paper.ts';
import type { KnownEntry } from './read-known-entries.ts';
import type { ScaffoldProblem } from './scaffold-problem.ts';

/** A paper as given on the command line. */
export interface NewEntryInput {
  title: string;
  abstract: string;
  /** `YYYY-MM-DD`; the caller supplies today's date when none was given. */
  date: string;
  /** Topic ids chosen by hand; undefined to let the vocabulary's rules suggest them. */
  topics?: string[] | undefined;
  code?: string | undefined;
  paper?: string | undefined;
  /** Filled from arXiv by `new --arxiv`: the id, the authors in order, the first version's day. */
  arxiv?: string | undefined;
  authors?: string[] | undefined;
  published?: string | undefined;
}

/** What `new` plans against: the vocabulary and the entries already there. */
export interface NewEntryContext {
  vocabulary: Vocabulary;
  /** The papers folder as printed in messages, such as `content/papers`. */
  papersFolder: string;
  known: readonly KnownEntry[];
}

/** The entry to write, or every reason not to. */
export type NewEntryPlan =
  | { ok: true; slug: string; file: string; text: string; data: PaperData; suggested: TopicScore[] | undefined }
  | { ok: false; problems: ScaffoldProblem[] };

// Each frontmatter field, the option that sets it and what to write there.
const OPTIONS: Record<string, { option: string; hint: string }> = {
  title: { option: '--title', hint: 'give the title as it should be shown' },
  date: { option: '--date', hint: 'write the day as YYYY-MM-DD, such as 2025-08-20, or leave --date out for today' },
  topics: { option: '--topics', hint: 'give at most 3 topic ids, comma-separated' },
  'links.code': { option: '--code', hint: "give the repository's https:// address" },
  'links.paper': { option: '--paper', hint: "give the paper's https:// address (arXiv, DOI)" },
  arxiv: { option: '--arxiv', hint: 'give a bare arXiv id such as 2408.08338' },
};

function duplicateProblem(same: SamePaper): ScaffoldProblem {
  const where = locateField(same.entry.text, same.field === 'links.code' ? ['links', 'code'] : [same.field]);
  const what = {
    title: `same title, "${same.entry.title}"`,
    arxiv: `same arXiv id, ${same.entry.arxiv}`,
    'links.code': `same code repository, ${same.entry.code}`,
  }[same.field];
  return {
    where: `${same.entry.file}:${where.line}:${where.column}`,
    message: `the paper is already in the reading list: ${what}`,
    hint: `edit ${same.entry.file} instead of adding a second entry`,
  };
}

/**
 * Plans a new entry the way ingest makes one: cleans title and abstract,
 * takes topics as given or suggested by the vocabulary's rules, finds a code
 * link in the abstract when none is given, picks the slug and serializes it.
 * Refuses a paper already in the list (by title or code link), naming the
 * entry; the planned text is checked with the site's own loader. Pure.
 */
export function planNewEntry(input: NewEntryInput, context: NewEntryContext): NewEntryPlan {
  const title = cleanText(input.title);
  const abstract = cleanText(input.abstract);
  const problems: ScaffoldProblem[] = [];
  if (abstract === '')
    problems.push({
      where: '--abstract-file',
      message: 'the abstract is empty',
      hint: 'give the abstract in a file (--abstract-file F) or on standard input',
    });
  const topicIds = new Set(context.vocabulary.topics.map((topic) => topic.id));
  for (const topic of input.topics ?? []) {
    if (topicIds.has(topic)) continue;
    const suggestion = closestMatch(topic, topicIds);
    problems.push({
      where: '--topics',
      message: `unknown topic "${topic}"${suggestion ? `; did you mean "${suggestion}"?` : ''}`,
      hint: 'use ids from content/topics.yaml, or leave --topics out to have them suggested',
    });
  }
  const classification =
    input.topics === undefined ? classifyPaper({ title, abstract }, context.vocabulary) : undefined;
  const code = input.code ?? findCodeLink(abstract);
  const links = {
    ...(code === undefined ? {} : { code }),
    ...(input.paper === undefined ? {} : { paper: input.paper }),
  };
  const found = {
    ...(input.authors === undefined ? {} : { authors: input.authors }),
    ...(input.arxiv === undefined ? {} : { arxiv: input.arxiv }),
    ...(input.published === undefined ? {} : { published: input.published }),
  };
  const data = {
    title,
    ...found,
    date: input.date,
    topics: input.topics ?? classification?.topics ?? [],
    ...(Object.keys(links).length > 0 ? { links } : {}),
  };
  const parsed = paperSchema.safeParse(data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path.filter((key) => typeof key === 'string').join('.');
      const found = issue.path.reduce<unknown>(
        (value, key) => (value as Record<PropertyKey, unknown> | undefined)?.[key],
        data,
      );
      const option = OPTIONS[field] ?? { option: field, hint: 'see npm run new -- --help' };
      problems.push({
        where: option.option,
        message: `${field}: ${issue.message}; found ${JSON.stringify(found)}`,
        hint: option.hint,
      });
    }
  }
  // A duplicate is named first: it makes every other problem moot.
  const same = findSamePaper({ title, code, arxiv: input.arxiv }, context.known);
  if (same) problems.unshift(duplicateProblem(same));
  if (problems.length > 0 || !parsed.success) return { ok: false, problems };
  const taken = new Set(context.known.map((entry) => entry.slug));
  const slug = expectedSlugs(title).find((candidate) => !taken.has(candidate));
  if (slug === undefined) {
    return {
      ok: false,
      problems: [
        {
          where: `${context.papersFolder}/${expectedSlugs(title)[1]}.mdx`,
          message: 'both names for this title are taken by entries whose frontmatter cannot be read',
          hint: 'run npm run check and fix those entries first',
        },
      ],
    };
  }
  const file = `${context.papersFolder}/${slug}.mdx`;
  const text = serializeEntry(parsed.data, abstract);
  const loaded = loadEntryFile(text, file, topicIds);
  const refused = loaded.diagnostics.filter((d) => d.severity === 'error');
  if (refused.length > 0) {
    return {
      ok: false,
      problems: refused.map((d) => ({
        where: `${d.file}:${d.line}:${d.column ?? 1}`,
        message: d.message,
        hint: d.hint ?? '',
      })),
    };
  }
  return { ok: true, slug, file, text, data: parsed.data, suggested: classification?.scores };
}
