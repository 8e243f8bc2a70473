import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { HtmlValidate } from 'html-validate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject } from '../../src/lib/bench/copy-project.ts';
import { axeViolations } from './axe.ts';
import { useChromium } from './browser.ts';
import { serveStatic } from './serve-static.ts';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const LISTING = join(REPO, 'tests/fixtures/listings/maths/2025-09-03.txt');
const FEDAVG = 'papers/on-the-convergence-of-fedavg-on-non-iid-data/';
// The title "$\infty$-former: …": its slug has the title's words, not \infty.
const INFINITY = 'papers/former-infinite-memory-transformer/';
const PAPERS = [
  FEDAVG,
  INFINITY,
  'papers/transformers-are-rnns-fast-autoregressive-transformers-with-linear-attention/',
  'papers/a-simple-convergence-proof-of-adam-and-adagrad/',
  'papers/gradient-descent-provably-optimizes-over-parameterized-neural-networks/',
];
const PRICE = 'papers/mosaicbert-a-bidirectional-encoder-optimized-for-fast-pretraining/';

let work = '';
let site: { url: string; server: Server } | undefined;
let buildOutput = '';
const chromium = useChromium();

function run(command: string, args: string[]): string {
  const result = spawnSync(command, args, {
    cwd: work,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SITE_URL: 'https://papershelf.example/', BASE_PATH: '/' },
  });
  const output = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${output}`);
  return output;
}

function read(path: string): string {
  return readFileSync(join(work, 'dist', path), 'utf8');
}

beforeAll(async () => {
  // A project with no papers but those of the maths listing, ingested and built as a user would.
  work = mkdtempSync(join(tmpdir(), 'papershelf-maths-'));
  copyProject(REPO, work);
  cpSync(LISTING, join(work, 'content/listings/2025-09-03.txt'));
  run('npm', ['run', 'ingest', '--', 'content/listings/2025-09-03.txt']);
  buildOutput = run('npm', ['run', 'build']);
  site = await serveStatic(join(work, 'dist'), '/');
}, 300_000);

afterAll(() => {
  site?.server.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('a listing of arXiv abstracts with maths, built', () => {
  it('passes the check with no warning: every formula renders, and the price is no formula', () => {
    expect(buildOutput).toMatch(/6 entries and the topic vocabulary checked: 0 errors/);
    expect(buildOutput).not.toContain('is shown as its TeX source');
    expect(buildOutput).not.toContain('never closed');
  });

  it('shows formulas as MathML that Chromium lays out, the TeX kept as annotation, in bodies and titles', async () => {
    const page = await chromium().newPage();
    await page.goto(new URL(FEDAVG, site?.url).href);
    const formulas = await page.$$eval('.abstract math', (elements) =>
      elements.map((math) => {
        const box = math.getBoundingClientRect();
        const annotation = math.querySelector('annotation');
        return {
          display: getComputedStyle(math).display,
          width: box.width,
          height: box.height,
          tex: annotation?.textContent,
          texShown: annotation ? getComputedStyle(annotation).display !== 'none' : true,
        };
      }),
    );
    expect(formulas.map((formula) => formula.tex)).toEqual([
      '\\mathcal{O}(\\frac{1}{T})',
      'T',
      '\\eta',
      '\\Omega (\\eta)',
    ]);
    for (const formula of formulas) {
      // Laid out as MathML: a box of its own, and only the rendered part shown, not the TeX.
      expect(formula.display).toBe('math');
      expect(formula.width).toBeGreaterThan(0);
      expect(formula.height).toBeGreaterThan(0);
      expect(formula.texShown).toBe(false);
    }
    // The fraction is a real fraction: its numerator sits above its denominator.
    const [numerator, denominator] = await page.$$eval('.abstract mfrac > *', (parts) =>
      parts.map((part) => part.getBoundingClientRect().top),
    );
    expect(numerator).toBeLessThan(denominator ?? 0);
    // TeX outside dollars stays text.
    expect(await page.locator('.abstract').innerText()).toContain('Federated Averaging (\\texttt{FedAvg})');
    await page.goto(new URL(INFINITY, site?.url).href);
    expect(await page.locator('h1 math').count()).toBe(1);
    // In the line of the title, not a block of its own: the formula and the words share a line.
    const tops = await page.$eval('h1', (h1) => {
      const math = h1.querySelector('math');
      const words = document.createRange();
      words.selectNodeContents(h1.lastChild ?? h1);
      return {
        display: math ? getComputedStyle(math).display : '',
        math: math?.getBoundingClientRect().bottom ?? 0,
        words: words.getClientRects()[0]?.bottom ?? -1,
        text: h1.lastChild?.textContent,
      };
    });
    expect(tops.display).toBe('math');
    expect(tops.text).toBe('-former: Infinite Memory Transformer');
    expect(Math.abs(tops.math - tops.words)).toBeLessThan(8);
    expect(await page.title()).toBe('$\\infty$-former: Infinite Memory Transformer · papershelf');
    await page.close();
  });

  it('has no axe violations on paper and list pages with formulas', async () => {
    for (const path of [FEDAVG, INFINITY, 'dates/2025/09/03/']) {
      const page = await chromium().newPage();
      await page.goto(new URL(path, site?.url).href);
      expect((await axeViolations(page)).map((line) => `${path}: ${line}`)).toEqual([]);
      await page.close();
    }
  });

  it('passes html-validate on every page', async () => {
    const validator = new HtmlValidate({
      extends: ['html-validate:recommended'],
      rules: { 'long-title': ['error', { maxlength: 200 }] },
    });
    const dist = join(work, 'dist');
    const failures: string[] = [];
    for (const file of readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((name) =>
      name.endsWith('.html'),
    )) {
      const report = await validator.validateFile(join(dist, file));
      failures.push(
        ...report.results.flatMap((result) =>
          result.messages.map(
            (message) => `${file}:${message.line}:${message.column}: ${message.ruleId}: ${message.message}`,
          ),
        ),
      );
    }
    expect(failures).toEqual([]);
  });

  it('keeps a paper page with maths under 14 KB gzipped, with no script, font or style sheet of its own', () => {
    const plain = read(`${PRICE}index.html`);
    for (const path of PAPERS) {
      const html = read(`${path}index.html`);
      expect(gzipSync(html, { level: 9 }).length, path).toBeLessThan(14 * 1024);
      const assets = (text: string) =>
        [...text.matchAll(/<script\b[^>]*>|<link rel="(?:stylesheet|preload|modulepreload)"[^>]*>|<style\b/g)]
          .map((match) => match[0])
          .sort();
      expect(assets(html), path).toEqual(assets(plain));
    }
  });

  it('leaves the price as text', () => {
    const abstract = /<div class="abstract"[^>]*>([^]*?)<\/div>/.exec(read(`${PRICE}index.html`))?.[1] ?? '';
    expect(abstract).toContain('at a cost of roughly $20.');
    expect(abstract).not.toContain('<math');
  });

  it('gives feeds, papers.json and search the TeX source, never MathML', () => {
    const tex = '$\\mathcal{O}(\\frac{1}{T})$';
    for (const path of ['rss.xml', 'feed.json', 'papers.json']) {
      const text = read(path);
      expect(text.replaceAll('\\\\', '\\'), path).toContain(tex);
      expect(text, path).not.toMatch(/<math|&lt;math|mfrac/);
    }
    expect(read('papers.bib')).not.toMatch(/<math|mfrac/);
    const fragments = readdirSync(join(work, 'dist/pagefind/fragment')).map((name) =>
      gunzipSync(readFileSync(join(work, 'dist/pagefind/fragment', name))).toString('utf8'),
    );
    const fedavg =
      fragments.find((fragment) =>
        fragment.includes('"url":"/papers/on-the-convergence-of-fedavg-on-non-iid-data/"'),
      ) ?? '';
    expect(fedavg).toContain('a convergence rate of \\\\mathcal{O}(\\\\frac{1}{T}) for strongly convex');
    // Not the glyphs of the rendered formula beside its TeX: no "O(1T)\mathcal{O}…" soup.
    expect(fedavg).not.toMatch(/𝒪|<m/);
    const infinity =
      fragments.find((fragment) => fragment.includes('"url":"/papers/former-infinite-memory-transformer/"')) ?? '';
    expect(infinity).toContain('"title":"\\\\infty-former: Infinite Memory Transformer"');
  });
});
