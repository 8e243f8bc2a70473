// Every page carries a strict Content Security Policy (astro.config.mjs, security.csp), and
// the site breaks none of it: on each kind of page, while searching, saving for offline and reading offline.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { useChromium } from './browser.ts';
import { controlled, saveSite, text } from './offline-page.ts';
import { settled } from './search-page.ts';

const site = inject('siteUrl');
const rootBuild = inject('rootBuild');
const chromium = useChromium();
const PAPER = 'papers/forward-learning-of-graph-neural-networks/';
/** Sources that would let injected markup run code ('wasm-unsafe-eval' compiles WebAssembly only). */
const UNSAFE = ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'"];

/** The policy of a built page, directive name → sources, from its `<meta http-equiv>`; undefined without one. */
function policyOf(html: string): Map<string, string[]> | undefined {
  const metas = [...html.matchAll(/<meta http-equiv="content-security-policy" content="([^"]*)"/g)];
  if (metas.length !== 1) return undefined;
  const directives = (metas[0]?.[1] ?? '')
    .split(';')
    .map((directive) => directive.trim().split(/\s+/))
    .filter(([name]) => name);
  return new Map(directives.map(([name = '', ...sources]) => [name, sources]));
}

/** The first day of the listing archive, as `dates/YYYY/MM/DD/`, read from the build. */
function firstDay(): string[] {
  const first = (path: string) =>
    readdirSync(join(rootBuild, path))
      .filter((name) => /^\d+$/.test(name))
      .sort()[0] ?? '';
  const year = first('dates');
  const month = first(`dates/${year}`);
  const day = first(`dates/${year}/${month}`);
  return [`dates/${year}/`, `dates/${year}/${month}/`, `dates/${year}/${month}/${day}/`];
}

let context: BrowserContext;
/** What Chromium reported against the policy: `securitypolicyviolation` events and its console messages. */
let violations: string[];

beforeEach(async () => {
  violations = [];
  context = await chromium().newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site).origin });
  await context.exposeBinding('reportViolation', (_source, report: string) => violations.push(report));
  await context.addInitScript(() => {
    const report = (window as unknown as { reportViolation: (text: string) => void }).reportViolation;
    document.addEventListener('securitypolicyviolation', (event) =>
      report(
        `${location.pathname}: ${event.effectiveDirective} blocked ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`,
      ),
    );
  });
  context.on('console', (message) => {
    if (/content.security.policy/i.test(message.text())) violations.push(`${message.page()?.url()}: ${message.text()}`);
  });
});
afterEach(async () => {
  await context.close();
});

/** Opens a page of the site and waits until its scripts are done with the network. */
async function visit(page: Page, path: string): Promise<void> {
  await page.goto(new URL(path, site).href);
  await page.waitForLoadState('networkidle');
}

describe('the Content Security Policy', () => {
  it('is in every page of the build, before any script that runs, strict', () => {
    const pages = readdirSync(rootBuild, { recursive: true, encoding: 'utf8' }).filter((name) =>
      name.endsWith('.html'),
    );
    expect(pages.length).toBeGreaterThan(50);
    for (const name of pages) {
      const html = readFileSync(join(rootBuild, name), 'utf8');
      const policy = policyOf(html);
      expect(policy, `${name}: one <meta http-equiv="content-security-policy">`).toBeDefined();
      expect(policy?.get('script-src'), name).toEqual(expect.arrayContaining(["'self'", "'wasm-unsafe-eval'"]));
      expect(policy?.get('object-src'), name).toEqual(["'none'"]);
      expect(policy?.get('base-uri'), name).toEqual(["'self'"]);
      expect(policy?.get('default-src'), name).toEqual(["'self'"]);
      for (const sources of policy?.values() ?? [])
        expect(
          sources.filter((source) => UNSAFE.includes(source)),
          name,
        ).toEqual([]);
      // A <meta> policy governs only what comes after it: nothing that runs may come first.
      const runnable = html.search(/<script(?![^>]*type="application\/(ld\+)?json")/);
      if (runnable >= 0) expect(html.indexOf('http-equiv="content-security-policy"'), name).toBeLessThan(runnable);
    }
  });

  it('blocks a script injected into a page, and the test hears of it', async () => {
    const page = await context.newPage();
    await visit(page, PAPER);
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true;';
      document.body.append(script);
      await new Promise((resolve) => setTimeout(resolve, 100));
      return 'injected' in window;
    });
    expect(ran).toBe(false);
    expect(violations.join('\n')).toMatch(/script-src/);
  });

  it('is not broken by any kind of page, a search, saving for offline or reading offline', async () => {
    const page = await context.newPage();
    for (const path of [
      '',
      'topics/',
      'topics/graph-neural-networks/',
      'dates/',
      ...firstDay(),
      'about/',
      'offline/',
      'no-such-page/',
    ]) {
      await visit(page, path);
    }
    // The paper page's copy button is shown and works only if its script may run.
    await visit(page, PAPER);
    await page.getByRole('button', { name: 'Copy BibTeX' }).click();
    // The copy is asynchronous (the clipboard's promise): wait for the status it writes.
    await page.waitForFunction(() => document.querySelector('#copy-status')?.textContent?.trim() !== '');
    expect(await text(page, '#copy-status')).toBe('Copied.');
    // Pagefind compiles WebAssembly ('wasm-unsafe-eval') and fetches its index ('self').
    await visit(page, 'search/?q=graph&topic=Graph+neural+networks');
    expect(await settled(page)).toMatch(/^\d+ papers match “graph”/);

    await saveSite(page, site);
    await context.setOffline(true);
    for (const path of [PAPER, 'papers/metamixer-is-all-you-need/', 'reading/']) {
      await page.goto(new URL(path, site).href);
      await controlled(page);
    }
    await page.goto(new URL('search/?q=spiking', site).href);
    expect(await settled(page)).toMatch(/“spiking”/);
    expect(violations).toEqual([]);
  });
});
