import { describe, expect, it } from 'vitest';
import { compileMdxBody } from '../../../src/lib/mdx/compile-entry-body.ts';

const AT = { file: 'content/papers/x.mdx', bodyLine: 10 };

/** The one problem of a body, as `line:column: message | hint` in the file. */
function problem(body: string): string {
  const compiled = compileMdxBody(body, AT);
  if (compiled.ok) throw new Error(`expected a problem in ${JSON.stringify(body)}`);
  return compiled.diagnostics.map((d) => `${d.line}:${d.column}: ${d.message} | ${d.hint}`).join('\n');
}

describe("the MDX parser's errors, said for a contributor", () => {
  it('puts an unclosed component at its opening tag', () => {
    expect(problem('Abstract.\n\n<Figure src="/a.png" alt="A">\n\nMore.\n\n</Note>\n')).toBe(
      '12:1: <Figure> is never closed (the </Note> below closes no <Note>) | end the tag with />, as in <Figure src="…" alt="…" />',
    );
    expect(problem('Abstract with a <Note>inline note.\n')).toBe(
      '10:17: <Note> is opened inside a line of text and not closed there | put <Note> and </Note> on lines of their own, with blank lines around',
    );
  });

  it('names a closing tag that closes nothing', () => {
    expect(problem('Abstract.\n\n</Note>\n')).toBe(
      '12:2: </Note> closes a <Note> that was never opened | remove it, or add <Note> on a line of its own where the note starts',
    );
  });

  it('says an <https://…> link is not a link in MDX', () => {
    expect(problem('See <https://example.org/x> for the code.\n')).toBe(
      '10:5: "<https://example.org/x>" is not a link in MDX: "<" starts a component tag | write the address without angle brackets, or as [text](https://example.org/x)',
    );
  });

  it('says where an unclosed brace opens', () => {
    expect(problem('The set {a, b is small.\n')).toBe(
      '10:9: "{" starts an expression in MDX, which would run as code | write \\{ to show a brace as text',
    );
  });

  it('says what is wrong in a tag of an allowed component', () => {
    expect(problem('Abstract.\n\n<Note title="Why>\nText.\n')).toMatch(
      /^12:1: the <Note> tag is not complete: unexpected end of file in attribute value/,
    );
  });
});
