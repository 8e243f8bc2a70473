import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/check/check-content.ts';
import { classifierFromFile, type Classifier } from '../../../src/lib/ingest/classifier-from-file.ts';
import { ingestListings } from '../../../src/lib/ingest/ingest-listings.ts';
import { countReport } from '../../../src/lib/ingest/summarize-report.ts';
import { withoutLookedUpFields } from '../../../src/lib/entry/without-looked-up-fields.ts';
import { BUNDLED_LISTING, repoPath } from '../helpers.ts';

let classify: Classifier;
let work: string;
let papers: string;
let listing: string;

function snapshot(directory: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(directory)
      .sort()
      .map((name) => [name, readFileSync(join(directory, name), 'utf8')]),
  );
}

function ingest(extra: Partial<Parameters<typeof ingestListings>[0]> = {}) {
  return ingestListings({ listings: [listing], papersDirectory: papers, classify, ...extra });
}

beforeAll(async () => {
  classify = await classifierFromFile(repoPath('content/topics.yaml'));
});
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'papershelf-ingest-'));
  papers = join(work, 'papers');
  listing = join(work, '2025-08-20.txt');
  cpSync(BUNDLED_LISTING, listing);
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

describe('ingestListings', () => {
  it('creates one entry per paper of the bundled listing', () => {
    const report = ingest();
    expect(countReport(report)).toMatchObject({ created: 56, unchanged: 0, kept: 0, duplicates: 0, errors: 0 });
    expect(readdirSync(papers)).toHaveLength(56);
  });

  it('ships exactly the entries it makes from the bundled listing, but for the fields lookup added', () => {
    ingest();
    const shipped = Object.entries(snapshot(repoPath('content/papers'))).map(([name, text]) => [
      name,
      withoutLookedUpFields(text),
    ]);
    expect(snapshot(papers)).toEqual(Object.fromEntries(shipped));
  });

  it('changes no byte when the same listing is ingested twice', () => {
    ingest();
    const before = snapshot(papers);
    const again = ingest();
    expect(countReport(again)).toMatchObject({ created: 0, unchanged: 56, kept: 0 });
    expect(snapshot(papers)).toEqual(before);
  });

  // Three ingests and a whole check: 1-2 s alone, past vitest's 5 s default on a shared 2-core machine.
  it(
    'leaves out a code link another entry already has, with a warning, so check and the build still pass',
    { timeout: 30_000 },
    () => {
      const shared = 'https://github.com/example/shared-repo';
      writeFileSync(
        listing,
        [
          'Daily Papers',
          '',
          'Aug 20',
          '',
          'First Paper About Graph Neural Networks',
          '',
          `We study message passing on graphs. Code: ${shared}.`,
          '',
          'Second Paper About Graph Neural Networks',
          '',
          `We study graph transformers on graphs. Code is available at ${shared}/`,
          '',
        ].join('\n'),
      );
      const report = ingest();
      expect(countReport(report)).toMatchObject({ created: 2, errors: 0 });
      const first = readFileSync(join(papers, 'first-paper-about-graph-neural-networks.mdx'), 'utf8');
      const second = readFileSync(join(papers, 'second-paper-about-graph-neural-networks.mdx'), 'utf8');
      expect(first).toContain(`code: ${shared}`);
      expect(second).not.toMatch(/^links:/m);
      expect(second).toContain(`${shared}/`);
      const warning = report.diagnostics.find((diagnostic) => diagnostic.message.includes('already the code link of'));
      expect(warning).toMatchObject({ file: listing, line: 9, severity: 'warning' });
      expect(warning?.message).toContain(
        'first-paper-about-graph-neural-networks.mdx ("First Paper About Graph Neural Networks")',
      );

      // Ingested again, both are unchanged, and a later listing linking the repository is warned too.
      expect(countReport(ingest())).toMatchObject({ created: 0, unchanged: 2 });
      const later = join(work, '2025-08-21.txt');
      writeFileSync(
        later,
        [
          'Aug 21',
          '',
          'Third Paper About Graph Neural Networks',
          '',
          `Graphs again. Code: http://www.github.com/example/shared-repo.git`,
          '',
        ].join('\n'),
      );
      const third = ingestListings({ listings: [later], papersDirectory: papers, classify });
      expect(
        third.diagnostics.filter((diagnostic) => diagnostic.message.includes('already the code link of')),
      ).toHaveLength(1);
      expect(readFileSync(join(papers, 'third-paper-about-graph-neural-networks.mdx'), 'utf8')).not.toMatch(/^links:/m);
      const checked = checkContent({
        papersDirectory: papers,
        topicsFile: repoPath('content/topics.yaml'),
        root: work,
      });
      expect(checked.diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
    },
  );

  it('keeps a title fixed by hand, edited topics and added notes', () => {
    ingest();
    const name = 'metamixer-is-all-you-need.mdx';
    const edited = readFileSync(join(papers, name), 'utf8')
      .replace(/^title: .*$/m, 'title: "MetaMixer Is All You Need (fixed by hand)"')
      .replace(/^topics:\n(?: {2}- .*\n)+/m, 'topics:\n  - computer-vision\n')
      .concat("\n<Note>A reader's note.</Note>\n");
    writeFileSync(join(papers, name), edited);
    const report = ingest();
    expect(countReport(report)).toMatchObject({ created: 0, unchanged: 55, kept: 1 });
    expect(readFileSync(join(papers, name), 'utf8')).toBe(edited);
  });

  it('writes nothing on a dry run, yet reports the same counts', () => {
    const report = ingest({ dryRun: true });
    expect(countReport(report)).toMatchObject({ created: 56 });
    expect(() => readdirSync(papers)).toThrow();
  });

  it('skips the same paper in a second listing as a duplicate', () => {
    ingest();
    const second = join(work, '2025-08-21.txt');
    writeFileSync(second, readFileSync(listing, 'utf8').replace('Aug 20', 'Aug 21'));
    const report = ingest({ listings: [second] });
    expect(countReport(report)).toMatchObject({ created: 0, duplicates: 56 });
    expect(
      report.diagnostics.filter((d) => /already in the reading list as .+\.mdx; skipped/.test(d.message)),
    ).toHaveLength(56);
  });

  it('gives two different papers with one slug a suffix, whatever their order', () => {
    // Greek letters are not Latin: both titles slug to "nets", but they are different papers.
    const text = (first: string, second: string) =>
      `Aug 20\n\n${first}\n\nAbstract one.\n\n${second}\n\nAbstract two.\n`;
    const slugs = (first: string, second: string) => {
      rmSync(papers, { recursive: true, force: true });
      writeFileSync(listing, text(first, second));
      return Object.fromEntries(ingest().actions.map((action) => [action.title, action.slug]));
    };
    const forward = slugs('Ω Nets', 'Ψ Nets');
    expect(slugs('Ψ Nets', 'Ω Nets')).toEqual(forward);
    expect(Object.values(forward).sort()).toEqual(['nets', expect.stringMatching(/^nets-[0-9a-f]{6}$/)]);
  });

  it('skips the same title twice in one listing, whatever its case and punctuation', () => {
    writeFileSync(listing, 'Aug 20\n\nDeep Nets: Part A\n\nOne.\n\ndeep nets — part a?\n\nTwo.\n');
    const report = ingest();
    expect(countReport(report)).toMatchObject({ created: 1, duplicates: 1 });
    const duplicate = report.diagnostics.find((diagnostic) => diagnostic.message.startsWith('duplicate'));
    expect(duplicate).toMatchObject({
      line: 7,
      message: expect.stringContaining('duplicate of "Deep Nets: Part A" at line 3'),
    });
  });

  it('writes nothing for a listing without a year, and says to pass --year', () => {
    const undated = join(work, 'listing.txt');
    cpSync(BUNDLED_LISTING, undated);
    const report = ingest({ listings: [undated] });
    expect(countReport(report)).toMatchObject({ created: 0, errors: 1 });
    expect(report.diagnostics[0]?.hint).toMatch(/--year/);
    expect(() => readdirSync(papers)).not.toThrow();
    expect(readdirSync(papers)).toEqual([]);
    expect(countReport(ingest({ listings: [undated], year: 2025 }))).toMatchObject({ created: 56 });
  });

  it('leaves no temporary file behind, and removes one a killed run left', () => {
    ingest();
    writeFileSync(join(papers, '.ingest-999-stale.mdx.tmp'), 'half');
    ingest();
    expect(readdirSync(papers).filter((name) => !name.endsWith('.mdx'))).toEqual([]);
  });

  it("never overwrites a file that appears under a new entry's name", () => {
    const report = ingest({ dryRun: true });
    const slug = report.actions[0]?.slug ?? '';
    const human = '---\ntitle: Mine\n---\n\nWritten by a person.\n';
    ingest({ listings: [] });
    writeFileSync(join(papers, `${slug}.mdx`), human);
    const second = ingest();
    expect(readFileSync(join(papers, `${slug}.mdx`), 'utf8')).toBe(human);
    expect(second.actions.find((action) => action.slug === slug)?.kind).not.toBe('create');
  });

  it("keeps a file that appears under an entry's name after ingest read the folder, and says so", () => {
    const [first] = ingest({ dryRun: true }).actions;
    const human = '---\ntitle: Mine\n---\n\nWritten by a person.\n';
    let calls = 0;
    // The file appears while the first paper is classified: the folder was read without it.
    const report = ingest({
      classify: (paper) => {
        calls += 1;
        if (calls === 1) writeFileSync(join(papers, `${first?.slug}.mdx`), human, { flag: 'wx' });
        return classify(paper);
      },
    });
    expect(readFileSync(join(papers, `${first?.slug}.mdx`), 'utf8')).toBe(human);
    expect(report.actions[0]).toMatchObject({ kind: 'kept', slug: first?.slug });
    expect(report.diagnostics).toMatchObject([
      {
        severity: 'error',
        line: 13,
        message: `content/papers/${first?.slug}.mdx appeared while ingesting; it was left as it is`,
      },
    ]);
    expect(countReport(report)).toMatchObject({ created: 55, kept: 1 });
  });
});

describe('ingestListings on damaged input', () => {
  it('keeps an entry whose frontmatter a person broke, and says so, instead of adding a twin', () => {
    ingest();
    const name = 'metamixer-is-all-you-need.mdx';
    const broken = readFileSync(join(papers, name), 'utf8').replace(/^---\n/, '');
    writeFileSync(join(papers, name), broken);
    const report = ingest();
    expect(countReport(report)).toMatchObject({ created: 0, kept: 1, unchanged: 55 });
    expect(report.diagnostics).toMatchObject([
      { file: join(papers, name), message: expect.stringContaining('cannot be read') },
    ]);
    expect(readFileSync(join(papers, name), 'utf8')).toBe(broken);
  });

  it('says which listing cannot be read, and writes nothing', () => {
    const report = ingest({ listings: [join(work, 'missing.txt'), work] });
    expect(report.diagnostics).toMatchObject([
      { file: join(work, 'missing.txt'), line: 1, fatal: true, message: 'cannot read the listing: no such file' },
      {
        file: work,
        line: 1,
        fatal: true,
        message: 'cannot read the listing: it is a folder; name the listing files in it',
      },
    ]);
    expect(readdirSync(papers)).toEqual([]);
  });

  it('says a papers folder that is a file is not a folder', () => {
    expect(() => ingest({ papersDirectory: listing })).toThrow(/is a file, not a folder/);
  });
});
