import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, type ConfigData, type Report } from 'html-validate';
import { describe, expect, inject, it } from 'vitest';
import { launchChromium } from './browser.ts';

const ROOT_BUILD = inject('rootBuild');

const CONFIG: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // Paper pages are titled with the paper's own title (up to 121 characters in the
    // bundled list, plus " · papershelf"). 70 is how much a search engine shows, not a
    // validity rule; 200 still catches a page titled with an abstract by mistake.
    'long-title': ['error', { maxlength: 200 }],
  },
};

/** For a page as the browser serializes it after scripts ran. */
const RENDERED_CONFIG: ConfigData = {
  ...CONFIG,
  // The DOM serializer writes boolean attributes as `hidden=""`: a style of the serializer, not of our markup.
  rules: { ...CONFIG.rules, 'attribute-empty-style': 'off' },
};

function htmlFiles(directory: string): string[] {
  return readdirSync(directory, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .sort();
}

/** Each problem as `file:line:column: rule: message`, for a person to open and fix. */
function problems(report: Report, file: string): string[] {
  return report.results.flatMap((result) =>
    result.messages.map(
      (message) => `${file}:${message.line}:${message.column}: ${message.ruleId}: ${message.message}`,
    ),
  );
}

describe('the built HTML', () => {
  const validator = new HtmlValidate(CONFIG);

  it('passes html-validate on every page of the root build', async () => {
    const files = htmlFiles(ROOT_BUILD);
    expect(files.length).toBeGreaterThan(56);
    const failures: string[] = [];
    for (const file of files) failures.push(...problems(await validator.validateFile(join(ROOT_BUILD, file)), file));
    expect(failures).toEqual([]);
  });

  it('stays valid once the search page has drawn its results', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.goto(new URL('search/?q=graph', inject('siteUrl')).href);
      await page.waitForFunction(() => document.querySelectorAll('#search-results mark').length > 0);
      const html = `<!DOCTYPE html>${await page.evaluate(() => document.documentElement.outerHTML)}`;
      expect(
        problems(
          await new HtmlValidate(RENDERED_CONFIG).validateString(html, 'search/?q=graph (rendered)'),
          'search/?q=graph (rendered)',
        ),
      ).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
