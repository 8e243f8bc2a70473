import type { AxeResults } from 'axe-core';
import { describe, expect, inject, it } from 'vitest';
import { runAxe } from './axe.ts';
import { useChromium } from './browser.ts';

const site = inject('siteUrl');

/** One page of each kind; the search page with results on screen. */
const PAGES: Record<string, string> = {
  home: '',
  paper: 'papers/forward-learning-of-graph-neural-networks/',
  'paper with 23 authors': 'papers/configurable-foundation-models-building-llms-from-a-modular-perspective/',
  topic: 'topics/graph-neural-networks/',
  day: 'dates/2025/08/20/',
  search: 'search/?q=graph',
};

/** Violations accepted for a page kind, with the reason; none today. */
const KNOWN: Record<string, string[]> = {};

const chromium = useChromium();

/** Violations as lines a person can act on: rule, impact, what to fix, where. */
function describeViolations(violations: AxeResults['violations']): string[] {
  return violations.flatMap((violation) =>
    violation.nodes.map(
      (node) => `${violation.id} (${violation.impact ?? 'unknown'}): ${violation.help} at ${node.target.join(' ')}`,
    ),
  );
}

describe.each(['light', 'dark'] as const)('accessibility in the %s colour scheme', (colorScheme) => {
  it.each(Object.entries(PAGES))('the %s page has no axe violations', async (kind, path) => {
    const page = await chromium().newPage({ colorScheme });
    await page.goto(new URL(path, site).href);
    if (path.startsWith('search/')) {
      await page.waitForFunction(() => document.querySelectorAll('#search-results mark').length > 0);
    }
    const { violations } = await runAxe(page);
    const known = KNOWN[kind] ?? [];
    expect(describeViolations(violations.filter((violation) => !known.includes(violation.id)))).toEqual([]);
    expect(
      violations.filter((violation) => known.includes(violation.id)).map((violation) => violation.id),
      'a known violation is fixed: remove it from KNOWN',
    ).toEqual(known);
    await page.close();
  });
});
