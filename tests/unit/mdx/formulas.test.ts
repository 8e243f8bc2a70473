import fc from 'fast-check';
import type { Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { compileEntryBody, type CompiledBody } from '../../../src/lib/mdx/compile-entry-body.ts';
import { texToken } from '../random-tex.ts';

const AT = { file: 'content/papers/x.mdx', bodyLine: 9 };

function compiled(body: string): Extract<CompiledBody, { ok: true }> {
  const result = compileEntryBody(body, AT);
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
  return result;
}

/** The text of the HTML outside formulas, white space folded: every <math> element taken out. */
function textOutsideFormulas(html: string): string {
  const text = (node: Nodes): string => {
    if (node.type === 'text') return node.value;
    if (node.type === 'element' && node.tagName === 'math') return '';
    return 'children' in node ? node.children.map(text).join('') : '';
  };
  return text(fromHtml(html, { fragment: true })).replace(/\s+/g, ' ');
}

/** Elements and attributes a formula must never put in a page: links, ids, classes, styles, scripts, requests. */
function forbiddenMarkup(html: string): string[] {
  const found: string[] = [];
  const walk = (node: Nodes): void => {
    if (node.type === 'element') {
      if (['a', 'script', 'img', 'iframe', 'style', 'link', 'svg'].includes(node.tagName))
        found.push(`<${node.tagName}>`);
      for (const name of Object.keys(node.properties))
        if (/^(?:href|src|id|className|style|on.*)$/i.test(name)) found.push(`${node.tagName} ${name}`);
    }
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(fromHtml(html, { fragment: true }));
  return found;
}

const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
async function validationErrors(html: string): Promise<string[]> {
  const page = `<!DOCTYPE html><html lang="en"><head><title>x</title></head><body><main>${html}</main></body></html>`;
  const report = await validator.validateString(page);
  return report.results.flatMap((result) => result.messages.map((message) => `${message.ruleId}: ${message.message}`));
}

describe('formulas in an entry body', () => {
  it('are TeX, braces and all, not MDX expressions, and render as MathML', () => {
    const body = compiled(String.raw`We bound $\mathbb{E}[\|x\|^{2}]$ by $O(n^2)$.`);
    expect(body.warnings).toEqual([]);
    expect(body.html).toMatch(
      /^<p>We bound <math><semantics><mrow data-pagefind-ignore="">.*<\/math> by <math>.*<\/math>\.<\/p>$/,
    );
    expect(body.html).toContain('<annotation encoding="application/x-tex">\\mathbb{E}[\\|x\\|^{2}]</annotation>');
    expect(body.text).toBe(String.raw`We bound $\mathbb{E}[\|x\|^{2}]$ by $O(n^2)$.`);
  });

  it('render $$…$$ on lines of their own, and inline, in display style', () => {
    expect(compiled('$$\n\\sum_i x_i\n$$').html).toMatch(/^<math display="block"><semantics>/);
    expect(compiled('so $$x^2$$ holds').html).toMatch(/^<p>so <math display="block">/);
  });

  it('leave prices as they were written', () => {
    const body = compiled('It costs $5 and $10 a month.');
    expect(body.html).toBe('<p>It costs $5 and $10 a month.</p>');
    expect(body.text).toBe('It costs $5 and $10 a month.');
  });

  it('leave TeX outside dollars as text', () => {
    expect(compiled(String.raw`the \textbf\{H}\_i vectors`).html).toBe(String.raw`<p>the \textbf{H}_i vectors</p>`);
  });

  it('that do not parse are shown as their source, with a warning at file:line:column', () => {
    const body = compiled(String.raw`First line.
Then $\frac{1}{$ and $\unknownmacro{x}$, then $x^2 never closed.`);
    expect(textOutsideFormulas(body.html)).toBe(
      String.raw`First line. Then $\frac{1}{$ and $\unknownmacro{x}$, then $x^2 never closed.`,
    );
    expect(body.html).not.toContain('<math');
    expect(body.warnings.map((w) => `${w.file}:${w.line}:${w.column}: ${w.severity}: ${w.message}`)).toEqual([
      "content/papers/x.mdx:10:6: warning: the formula $\\frac{1}{$ is shown as its TeX source: Unexpected end of input in a macro argument, expected '}'",
      'content/papers/x.mdx:10:22: warning: the formula $\\unknownmacro{x}$ is shown as its TeX source: Unsupported function name: \\unknownmacro',
      'content/papers/x.mdx:10:47: warning: this $ starts a formula that is never closed, so the formula is shown as text',
    ]);
  });

  it('leave a body without them as it was', () => {
    expect(compiled('A *plain* body, {no} maths.'.replace('{no}', '\\{no}'))).toEqual({
      ok: true,
      html: '<p>A <em>plain</em> body, {no} maths.</p>',
      text: 'A plain body, {no} maths.',
      warnings: [],
    });
  });

  it('from random TeX give valid HTML with no link, id, class, style or script, and the text around them unchanged', async () => {
    const tex = fc
      .array(texToken, { maxLength: 25 })
      .map((parts) => parts.join('').trim())
      .filter((value) => value !== '' && !value.includes('$'));
    await fc.assert(
      fc.asyncProperty(tex, async (value) => {
        const body = `Before $${value}$ after.`;
        const result = compileEntryBody(body, AT);
        // The TeX itself never makes the body invalid MDX: only what is outside the dollars could.
        expect(result.ok, body).toBe(true);
        if (!result.ok) return;
        expect(forbiddenMarkup(result.html), body).toEqual([]);
        expect(await validationErrors(result.html), body).toEqual([]);
        const shown = textOutsideFormulas(result.html);
        const source = body.replace(/\s+/g, ' ');
        expect(['Before after.', source], body).toContain(shown);
        expect(result.warnings.length, body).toBe(shown === source ? 1 : 0);
      }),
      { numRuns: 300 },
    );
  }, 120_000);
});
