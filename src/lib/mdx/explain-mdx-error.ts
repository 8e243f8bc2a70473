import { ALLOWED_COMPONENTS } from './components.ts';

/** A parse error of an entry body said for a person: where (in the body), what is wrong, what to do. */
export interface ExplainedMdxError {
  /** 1-based line in the body. */
  line: number;
  /** 1-based column. */
  column: number;
  message: string;
  hint: string;
}

/** What the MDX parser throws (a `VFileMessage`): only the fields read here. */
interface MdxParseError {
  reason?: string;
  source?: string;
  ruleId?: string;
  line?: number;
  column?: number;
  place?: { offset?: number; start?: { offset?: number } };
  message?: string;
}

const NAMES = Object.keys(ALLOWED_COMPONENTS).join(' and ');

/**
 * The hint for a line MDX reads as an import/export statement: a character
 * reference for its first letter keeps the text and stops it being code.
 */
export function esmLineHint(line: string): string {
  const letter = line.trimStart()[0] ?? 'i';
  const reference = `&#x${letter.codePointAt(0)?.toString(16)};`;
  return `remove the line; if it is text, write its first letter "${letter}" as ${reference} (${reference}${line.trimStart().split(/\s/)[0]?.slice(1) ?? ''} …)`;
}

function positionOf(body: string, offset: number): { line: number; column: number } {
  const before = body.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}

/** `<Name>` and its place from a reason such as "Expected a closing tag for `<Note>` (5:1-5:17)". */
function openingTag(reason: string): { name: string; line: number; column: number } | undefined {
  const match = /for `<([^>`]*)>` \((\d+):(\d+)-/.exec(reason);
  return match ? { name: match[1] ?? '', line: Number(match[2]), column: Number(match[3]) } : undefined;
}

function unclosedTag(reason: string, fallback: ExplainedMdxError): ExplainedMdxError {
  const tag = openingTag(reason);
  if (!tag) return fallback;
  const { name } = tag;
  if (!ALLOWED_COMPONENTS[name]) {
    return {
      ...tag,
      message: `<${name}> is not an allowed component (raw HTML and other components cannot be used in entries)`,
      hint: `use Markdown, or ${NAMES}; write \\< to show a < as text`,
    };
  }
  if (/before the end of `paragraph`/.test(reason)) {
    return {
      ...tag,
      message: `<${name}> is opened inside a line of text and not closed there`,
      hint: `put <${name}> and </${name}> on lines of their own, with blank lines around`,
    };
  }
  const closing = /^Unexpected closing tag `<\/([^>`]*)>`/.exec(reason)?.[1];
  const found = closing === undefined ? '' : ` (the </${closing}> below closes no <${closing}>)`;
  const hint = ALLOWED_COMPONENTS[name].attributes.includes('src')
    ? `end the tag with />, as in <${name} src="…" alt="…" />`
    : `add </${name}> on a line of its own after the last line of the ${name.toLowerCase()}`;
  return { ...tag, message: `<${name}> is never closed${found}`, hint };
}

/** A `<` that MDX read as the start of a tag, where the text meant a literal one. */
function strayAngleBracket(
  body: string,
  offset: number,
  reason: string,
  fallback: ExplainedMdxError,
): ExplainedMdxError {
  const at = body.lastIndexOf('<', Math.max(0, offset - 1));
  if (at < 0) return fallback;
  const place = positionOf(body, at);
  // The word MDX took for a tag name: up to the first space, as a person reads it.
  const text = (/^\S{1,40}/.exec(body.slice(at)) ?? ['<'])[0];
  const name = /^<\/?([A-Za-z][\w.-]*)/.exec(text)?.[1] ?? '';
  if (ALLOWED_COMPONENTS[name]) {
    return {
      ...place,
      message: `the <${name}> tag is not complete: ${reason.replace(/^Unexpected /, 'unexpected ')}`,
      hint: `write it as CONTRIBUTING.md shows: <${name} …> on a line of its own, each attribute as name="text"`,
    };
  }
  if (/^<[a-z][a-z+.-]*:/i.test(text)) {
    const url = text.slice(1).split('>')[0] ?? '';
    return {
      ...place,
      message: `"${text}" is not a link in MDX: "<" starts a component tag`,
      hint: `write the address without angle brackets, or as [text](${url})`,
    };
  }
  return {
    ...place,
    message: `"<" starts a component tag in MDX, and "${text}" is not one`,
    hint: `to show a < as text, write \\< (a \\<b) or put a space after it (a < b); the components an entry may use are ${NAMES}`,
  };
}

/**
 * Turns the MDX parser's error for an entry body into a message a contributor
 * reads: the place of the cause (an unclosed `<Note>` at its opening tag, a
 * stray `<` at the `<`), what MDX made of the text, and how to write it.
 * Errors it does not know keep the parser's own words.
 */
export function explainMdxError(error: unknown, body: string): ExplainedMdxError {
  const parsed = error as MdxParseError;
  const reason = parsed.reason ?? parsed.message ?? String(error);
  const offset = parsed.place?.start?.offset ?? parsed.place?.offset ?? body.length;
  const fallback: ExplainedMdxError = {
    line: parsed.line ?? 1,
    column: parsed.column ?? 1,
    message: `the body is not valid MDX: ${reason}`,
    hint: 'write \\{ and \\< to show braces and angle brackets as text',
  };
  switch (parsed.source) {
    case 'mdast-util-mdx-jsx':
      if (parsed.ruleId === 'end-tag-mismatch') return unclosedTag(reason, fallback);
      if (parsed.ruleId === 'unexpected-closing-slash') {
        const name = /^<\/\s*([\w.-]*)/.exec(body.slice(Math.max(0, offset - 1)))?.[1] ?? '';
        return {
          ...fallback,
          message: `</${name}> closes a <${name}> that was never opened`,
          hint: `remove it, or add <${name}> on a line of its own where the ${name.toLowerCase() || 'component'} starts`,
        };
      }
      return fallback;
    case 'micromark-extension-mdx-jsx':
      return strayAngleBracket(body, offset, reason, fallback);
    case 'micromark-extension-mdx-expression': {
      const brace = body.lastIndexOf('{', Math.max(0, offset - 1));
      const place = brace < 0 ? fallback : positionOf(body, brace);
      return {
        line: place.line,
        column: place.column,
        message: '"{" starts an expression in MDX, which would run as code',
        hint: 'write \\{ to show a brace as text',
      };
    }
    case 'micromark-extension-mdxjs-esm': {
      // The parser stops inside the statement, or past it: its first line is the one to change.
      const lines = body.split('\n');
      let line = Math.min(parsed.line ?? 1, lines.length);
      while (line > 1 && !/^(?:import|export)\b/.test(lines[line - 1] ?? '')) line -= 1;
      const text = lines[line - 1] ?? '';
      return {
        line,
        column: 1,
        message: `a line starting with "${text.trimStart().split(/\s/)[0]}" is read as an import/export statement, which would run as code`,
        hint: esmLineHint(text),
      };
    }
    default:
      return fallback;
  }
}
