import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { withoutLookedUpFields } from '../../../src/lib/entry/without-looked-up-fields.ts';
import { localDate } from '../../../src/lib/scaffold/local-date.ts';
import { repoPath, runScript } from '../helpers.ts';
import { startArxivServer, type ArxivServer } from './arxiv-server.ts';

const LOTTERY = 'content/papers/the-lottery-ticket-hypothesis-finding-sparse-trainable-neural-networks.mdx';
const MAMBA = 'content/papers/graph-mamba-towards-learning-on-graphs-with-state-space-models.mdx';
const BAYES = 'content/papers/transformers-can-do-bayesian-inference.mdx';
const AIS = 'content/papers/unfolding-ais-transmission-behavior-for-vessel-movement-modeling-on-noisy-data.mdx';
const REVIEW = 'content/papers/a-critical-review-of-recurrent-neural-networks-for-sequence-learning.mdx';
const ENTRIES = [LOTTERY, MAMBA, BAYES, AIS, REVIEW];

let server: ArxivServer;
let work: string;
let original: Record<string, string>;
beforeAll(async () => {
  server = await startArxivServer({
    'the lottery ticket hypothesis finding sparse trainable neural networks': [{ fixture: 'lottery-ticket.xml' }],
    'graph mamba towards learning on graphs with state space models': [{ status: 503 }, { fixture: 'graph-mamba.xml' }],
    'transformers can do bayesian inference': [{ fixture: 'title-differs.xml' }],
    '1506.00019': [{ fixture: 'critical-review.xml' }],
  });
});
afterAll(() => server.close());
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'papershelf-lookup-'));
  mkdirSync(join(work, 'content/papers'), { recursive: true });
  // The bundled entries as ingest wrote them, before they were looked up.
  for (const entry of ENTRIES)
    writeFileSync(join(work, entry), withoutLookedUpFields(readFileSync(repoPath(entry), 'utf8')));
  cpSync(repoPath('content/topics.yaml'), join(work, 'content/topics.yaml'));
  // A curator gave this one its id by hand, in their own words; lookup asks arXiv by the id.
  const review = readFileSync(join(work, REVIEW), 'utf8').replace(
    'date: ',
    "arxiv: '1506.00019' # from the PDF\ndate: ",
  );
  writeFileSync(join(work, REVIEW), review);
  original = Object.fromEntries(ENTRIES.map((entry) => [entry, readFileSync(join(work, entry), 'utf8')]));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

const read = (entry: string) => readFileSync(join(work, entry), 'utf8');

const run = (script: string, args: string[], endpoint = server.endpoint) =>
  runScript(script, args, { cwd: work, env: { ...process.env, ARXIV_API_URL: endpoint } });

describe('npm run lookup', { timeout: 60_000 }, () => {
  it('inserts what certain matches give, byte for byte, and reports the rest with the candidates seen', async () => {
    const result = await run('lookup', ['--interval', '10']);
    expect(result.stdout).toBe(
      [
        `${REVIEW}: added authors Zachary C. Lipton, John Berkowitz, Charles Elkan; published 2015-05-29`,
        `${MAMBA}: added authors Ali Behrouz, Farnoosh Hashemi; arxiv 2402.08678; published 2024-02-13`,
        `${LOTTERY}: added authors Jonathan Frankle, Michael Carbin; arxiv 1803.03635; published 2018-03-09`,
        '5 entries read, 5 looked up: 3 updated, 2 without a certain match, 0 failed (6 requests to arXiv)',
        '',
      ].join('\n'),
    );
    expect(result.stderr).toBe(
      [
        `${BAYES}:2:8: warning: no certain match on arXiv for "Transformers Can Do Bayesian Inference"; nothing was written. Candidates seen:`,
        '    2409.99901 "Transformers Can Do Bayesian Inference on Graphs" (first version 2024-09-30): the title differs',
        '  hint: if one of them is the paper, add its id to the entry, in quotes (arxiv: "2409.99901"), with its title as arXiv writes it, and run npm run lookup again; or add the fields by hand',
        `${AIS}:2:8: warning: no paper titled "Unfolding AIS transmission behavior for vessel movement modeling on noisy data leveraging machine learning" on arXiv; nothing was written`,
        '  hint: if it is on arXiv under another title, add its id to the entry, in quotes (arxiv: "…"), with its title as arXiv writes it, and run npm run lookup again; or add the fields by hand',
        '',
      ].join('\n'),
    );
    expect(result.status).toBe(0);
    const before = (entry: string) => original[entry] ?? '';
    expect(read(LOTTERY)).toBe(
      before(LOTTERY).replace(
        'date: ',
        'authors:\n  - Jonathan Frankle\n  - Michael Carbin\narxiv: "1803.03635"\npublished: 2018-03-09\ndate: ',
      ),
    );
    expect(read(REVIEW)).toBe(
      before(REVIEW)
        .replace('arxiv: ', 'authors:\n  - Zachary C. Lipton\n  - John Berkowitz\n  - Charles Elkan\narxiv: ')
        .replace('date: ', 'published: 2015-05-29\ndate: '),
    );
    expect(read(BAYES)).toBe(before(BAYES));
    expect(read(AIS)).toBe(before(AIS));
    expect(readdirSync(join(work, 'content/papers'))).toHaveLength(ENTRIES.length);
    const check = await run('check', []);
    expect(check.stdout).toMatch(/^5 entries and the topic vocabulary checked: 0 errors, \d+ warnings\n$/);
  });

  it('asks nothing and changes nothing the second time', async () => {
    await run('lookup', ['--interval', '10']);
    const updated = Object.fromEntries(ENTRIES.map((entry) => [entry, read(entry)]));
    const asked = server.requests.length;
    const again = await run('lookup', ['--interval', '10']);
    expect(server.requests.length).toBe(asked);
    expect(again.stdout).toBe(
      '5 entries read, 2 looked up: 0 updated, 2 without a certain match, 0 failed (0 requests to arXiv)\n',
    );
    for (const entry of ENTRIES) expect(read(entry)).toBe(updated[entry]);
  });

  it('on --dry-run asks and reports, and writes nothing', async () => {
    const result = await run('lookup', ['--dry-run', '--interval', '10', LOTTERY, BAYES]);
    expect(result.stdout).toBe(
      `${LOTTERY}: would add authors Jonathan Frankle, Michael Carbin; arxiv 1803.03635; published 2018-03-09\n2 entries read, 2 looked up: 1 to update, 1 without a certain match, 0 failed (2 requests to arXiv)\n`,
    );
    for (const entry of ENTRIES) expect(read(entry)).toBe(original[entry]);
  });

  it('on --missing lists what entries lack and asks nothing', async () => {
    const asked = server.requests.length;
    const result = await run('lookup', ['--missing']);
    expect(result.stdout).toBe(
      [
        `${REVIEW}: lacks authors, published`,
        `${MAMBA}: lacks authors, arxiv, published`,
        `${LOTTERY}: lacks authors, arxiv, published`,
        `${BAYES}: lacks authors, arxiv, published`,
        `${AIS}: lacks authors, arxiv, published`,
        '5 of 5 entries lack arxiv, authors or published',
        '',
      ].join('\n'),
    );
    expect(result.status).toBe(0);
    expect(server.requests.length).toBe(asked);
  });

  it('without a network says so, exits 1 and writes nothing', async () => {
    const gone = await startArxivServer({});
    await gone.close();
    const result = await run('lookup', ['--interval', '10'], gone.endpoint);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /^lookup: cannot reach arXiv at http:\/\/127\.0\.0\.1:\d+: could not connect \(ECONNREFUSED\); check the network connection \(or ARXIV_API_URL\)\nlookup: nothing was written\n$/,
    );
    for (const entry of ENTRIES) expect(read(entry)).toBe(original[entry]);
  });

  it('fails an entry whose answer is unusable at its title line, writes the others, and exits 1', async () => {
    const broken = await startArxivServer({
      'the lottery ticket hypothesis finding sparse trainable neural networks': [{ fixture: 'malformed.xml' }],
      '1506.00019': [{ fixture: 'critical-review.xml' }],
    });
    try {
      const result = await run('lookup', ['--interval', '10', LOTTERY, REVIEW], broken.endpoint);
      expect(result.status).toBe(1);
      expect(result.stderr).toBe(
        `${LOTTERY}:2:8: error: arXiv's answer is not well-formed XML (it ends with <feed>, <entry>, <title> still open: it was cut off)\n  hint: nothing was written to this entry; run npm run lookup again later\n`,
      );
      expect(result.stdout).toContain(`${REVIEW}: added authors`);
      expect(read(LOTTERY)).toBe(original[LOTTERY]);
    } finally {
      await broken.close();
    }
  });
});

describe('npm run new -- --arxiv', { timeout: 60_000 }, () => {
  it("fills title, abstract, authors and the first version's day from arXiv, dated today", async () => {
    rmSync(join(work, REVIEW));
    const result = await run('new', ['--arxiv', '1506.00019', '--topics', 'recurrent-and-state-space-models']);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(`created ${REVIEW}\ntopics: recurrent-and-state-space-models (as given)\n`);
    expect(read(REVIEW)).toBe(
      [
        '---',
        'title: A Critical Review of Recurrent Neural Networks for Sequence Learning',
        'authors:',
        '  - Zachary C. Lipton',
        '  - John Berkowitz',
        '  - Charles Elkan',
        'arxiv: "1506.00019"',
        'published: 2015-05-29',
        `date: ${localDate(new Date())}`,
        'topics:',
        '  - recurrent-and-state-space-models',
        '---',
        '',
        'Countless learning tasks require dealing with sequential data. Image captioning, speech synthesis, and music generation all require that a model produce outputs that are sequences.',
        '',
      ].join('\n'),
    );
  });

  it('refuses an id arXiv does not have, and one that is not an id, writing nothing', async () => {
    const missing = await run('new', ['--arxiv', '2408.99999']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toBe(
      'new: arXiv has no paper 2408.99999; check the id at https://arxiv.org/abs/2408.99999\nnew: nothing was written\n',
    );
    const malformed = await run('new', ['--arxiv', 'arXiv:2408.08338v2']);
    expect(malformed.status).toBe(2);
    expect(malformed.stderr).toContain(
      'new: --arxiv "arXiv:2408.08338v2": expected a bare arXiv id such as 2408.08338',
    );
    expect(readdirSync(join(work, 'content/papers'))).toHaveLength(ENTRIES.length);
  });
});
