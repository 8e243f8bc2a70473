import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { abstractToMdx } from '../../../src/lib/entry/abstract-to-mdx.ts';
import { parseListing } from '../../../src/lib/listing/parse-listing.ts';
import { formulasAsTex } from '../../../src/lib/maths/formulas-as-tex.ts';
import { compileEntryBody } from '../../../src/lib/mdx/compile-entry-body.ts';
import { repoPath } from '../helpers.ts';

function html(body: string): string {
  const compiled = compileEntryBody(body, { file: 'x.mdx', bodyLine: 1 });
  if (!compiled.ok) throw new Error(JSON.stringify(compiled.diagnostics));
  return compiled.html;
}

describe('formulasAsTex', () => {
  it('puts each formula of a rendered body back as its TeX between dollars', () => {
    expect(formulasAsTex(html('We prove $O(n^2)$ for $a<b$, and $$\\sum_i x_i$$ holds.'))).toBe(
      '<p>We prove $O(n^2)$ for $a&#x3C;b$, and $$\\sum_i x_i$$ holds.</p>',
    );
    expect(formulasAsTex(html('$$\n\\frac{1}{2}\n$$\n\nAfter.'))).toBe('$$\\frac{1}{2}$$\n<p>After.</p>');
  });

  it('gives back the abstract as written for every abstract of the maths listing', () => {
    const listing = readFileSync(repoPath('tests/fixtures/listings/maths/2025-09-03.txt'), 'utf8');
    for (const { abstract } of parseListing(listing, { file: 'maths.txt', year: 2025 }).papers) {
      const rendered = html(abstractToMdx(abstract));
      // All but the one with a price, "$20".
      expect(rendered.includes('<math')).toBe(!abstract.includes('$20'));
      expect(formulasAsTex(rendered)).toBe(`<p>${abstract.replaceAll('&', '&#x26;').replaceAll('<', '&#x3C;')}</p>`);
    }
  });

  it('leaves HTML without a formula as it is', () => {
    expect(formulasAsTex('<p>It costs $5 and $10.</p>')).toBe('<p>It costs $5 and $10.</p>');
  });
});
