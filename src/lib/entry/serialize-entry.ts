import { compiledPaperSchema, type PaperData } from '../schema/paper.ts';
import { abstractToMdx } from './abstract-to-mdx.ts';
import { frontmatterYaml } from './frontmatter-yaml.ts';

/**
 * Writes one paper entry: YAML frontmatter validated by the paper schema,
 * then the abstract as a safe MDX paragraph. The same input gives the same bytes.
 * Throws if the frontmatter does not satisfy the schema.
 */
export function serializeEntry(data: PaperData, abstract: string): string {
  const valid = compiledPaperSchema.parse(data);
  return `---\n${frontmatterYaml(valid)}---\n\n${abstractToMdx(abstract)}`;
}
