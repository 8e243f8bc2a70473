import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';

/** axe-core's browser build. */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core on the page. The site's Content Security Policy refuses an
 * added inline `<script>` (page.addScriptTag), as it should; axe is evaluated
 * through the DevTools protocol instead, which the page's policy does not govern.
 */
export async function runAxe(page: Page): Promise<AxeResults> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(() => (window as unknown as { axe: { run: () => Promise<AxeResults> } }).axe.run());
}

/** What axe-core finds on the page, one line per element: rule, help, where. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await runAxe(page);
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id}: ${violation.help} at ${node.target.join(' ')}`),
  );
}
