import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseVocabulary } from '../../../src/lib/topics/load-vocabulary.ts';
import { ALLOWED_COMPONENTS } from '../../../src/lib/mdx/components.ts';
import { paperSchema } from '../../../src/lib/schema/paper.ts';
import { readRepoFile } from '../helpers.ts';

const guide = readRepoFile('CONTRIBUTING.md');

describe('CONTRIBUTING.md', () => {
  it('lists the topic vocabulary exactly as content/topics.yaml has it, in order', () => {
    const vocabulary = parseVocabulary(readRepoFile('content/topics.yaml'), 'content/topics.yaml');
    const table = guide.slice(guide.indexOf('| id | Name |')).split('\n\n')[0] ?? '';
    const rows = [...table.matchAll(/^\| `([a-z0-9-]+)` \| (.+) \|$/gm)].map((match) => [match[1], match[2]]);
    expect(rows).toEqual(vocabulary.topics.map((topic) => [topic.id, topic.name]));
  });

  it('documents every frontmatter field of the schema and every allowed component', () => {
    for (const field of Object.keys(paperSchema.shape)) expect(guide).toMatch(new RegExp(`^\\| \`${field}[.\`]`, 'm'));
    for (const [name, component] of Object.entries(ALLOWED_COMPONENTS)) {
      expect(guide).toContain(`<${name} `);
      for (const attribute of component.required) expect(guide).toMatch(new RegExp(`<${name}[^>]* ${attribute}="`));
    }
  });

  it('shows the three ways to add a paper', () => {
    for (const command of ['npm run new -- --title', 'npm run ingest -- content/listings/', '### 3. By hand']) expect(guide).toContain(command);
  });

  it('is what the pull request template points to', () => {
    expect(readFileSync(new URL('../../../.github/PULL_REQUEST_TEMPLATE.md', import.meta.url), 'utf8')).toContain('CONTRIBUTING.md');
  });
});
