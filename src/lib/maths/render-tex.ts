import type { Element } from 'hast';
import temml from 'temml';
import { sanitizeMathml } from './sanitize-mathml.ts';
import { temmlTreeToHast } from './temml-tree-to-hast.ts';

/** The longest formula rendered: an arXiv abstract holds at most 1,920 characters in all. */
export const MAX_TEX_LENGTH = 1000;
/** The deepest nesting of `{…}` groups rendered; real formulas stay under ten. */
export const MAX_GROUP_DEPTH = 32;

// Macro definitions are the one way a short formula makes a huge one (a 900-letter
// macro used 40 times is 360 KB of MathML, built in 170 ms); an abstract defines none.
const DEFINES_MACRO =
  /\\(?:[gex]?def|let|futurelet|(?:re)?new(?:command|environment)|providecommand|Declare[A-Za-z]*)(?![A-Za-z])/;

/** A formula as MathML, or why it is shown as its TeX source instead. */
export type RenderedTex = { ok: true; element: Element } | { ok: false; reason: string };

function groupDepth(tex: string): number {
  let depth = 0;
  let deepest = 0;
  for (let index = 0; index < tex.length; index += 1) {
    const character = tex[index];
    if (character === '\\') index += 1;
    else if (character === '{') deepest = Math.max(deepest, (depth += 1));
    else if (character === '}') depth -= 1;
  }
  return deepest;
}

/** Why `tex` is not even given to temml, if it is not. */
function refusal(tex: string): string | undefined {
  if (tex.length > MAX_TEX_LENGTH)
    return `it is ${tex.length} characters long; a formula may have at most ${MAX_TEX_LENGTH}`;
  const macro = DEFINES_MACRO.exec(tex);
  if (macro) return `it defines a macro with ${macro[0]}, which entries may not do`;
  if (groupDepth(tex) > MAX_GROUP_DEPTH) return `its {…} groups nest more than ${MAX_GROUP_DEPTH} deep`;
  return undefined;
}

/** temml's message without the copy of the formula it appends (`… at position 3: \̲f̲o̲o̲`). */
function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split(/ at (?:position \d+|end of input):/)[0]?.trim() || 'temml could not read it';
}

/**
 * Renders one TeX formula to a MathML `<math>` element with temml, its TeX
 * source kept as the `application/x-tex` annotation. Nothing is trusted:
 * `\href`, `\url`, `\htmlClass`, `\includegraphics` and any other command
 * that would make a link, a class, an id or a request fails, as do macro
 * definitions, formulas too long or too deeply nested, sizes past 20em, and
 * output of more than 2,000 elements. Any failure comes back as a reason;
 * the caller shows the formula's source text instead.
 */
export function renderTex(tex: string, display: boolean): RenderedTex {
  const refused = refusal(tex);
  if (refused) return { ok: false, reason: refused };
  let tree: unknown;
  try {
    // temml throws ParseError for bad TeX, and now and then a TypeError for odd input: both mean "not rendered".
    tree = temml.__renderToMathMLTree(tex, {
      displayMode: display,
      annotate: true,
      throwOnError: true,
      trust: false,
      maxSize: [20, 200],
      maxExpand: 1000,
    });
  } catch (error) {
    return { ok: false, reason: reasonOf(error) };
  }
  const element = temmlTreeToHast(tree);
  if (element?.type !== 'element' || element.tagName !== 'math')
    return { ok: false, reason: 'it would make HTML besides MathML, which entries may not have' };
  const problem = sanitizeMathml(element);
  return problem ? { ok: false, reason: problem } : { ok: true, element };
}
