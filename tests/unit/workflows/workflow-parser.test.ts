// The workflows are read by GitHub's own parser before GitHub sees them: a typo in a key,
// an expression or a job name fails npm test, naming the file and line, instead of a push.
import { readdirSync } from 'node:fs';
import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { describe, expect, it } from 'vitest';
import { readRepoFile, repoPath } from '../helpers.ts';

const WORKFLOWS = readdirSync(repoPath('.github/workflows'))
  .filter((name) => /\.ya?ml$/.test(name))
  .map((name) => `.github/workflows/${name}`);

/** What GitHub's parser finds wrong with a workflow, each as `path (Line: L, Col: C): message`. */
async function workflowErrors(path: string, content: string): Promise<string[]> {
  const parsed = parseWorkflow({ name: path, content }, new NoOperationTraceWriter());
  // Converting checks what the schema cannot, such as `needs` naming a job that is not there.
  if (parsed.value) await convertWorkflowTemplate(parsed.context, parsed.value);
  return parsed.context.errors.getErrors().map((error) => error.message);
}

/** A workflow with one piece of text replaced, which must be there. */
function broken(path: string, from: string, to: string): string {
  const content = readRepoFile(path);
  if (!content.includes(from))
    throw new Error(`${path} no longer holds ${JSON.stringify(from)}: pick another text to break`);
  return content.replace(from, to);
}

describe('the workflows, read by GitHub’s workflow parser', () => {
  it.each(WORKFLOWS)('%s has no error', async (path) => {
    expect(await workflowErrors(path, readRepoFile(path))).toEqual([]);
  });

  it('finds a mistyped key, an unclosed or unknown expression, and a job that needs no such job', async () => {
    const ci = '.github/workflows/ci.yml';
    const deploy = '.github/workflows/deploy.yml';
    expect(await workflowErrors(ci, broken(ci, 'runs-on:', 'runs_on:'))).toContain(
      `${ci} (Line: 19, Col: 5): Unexpected value 'runs_on'`,
    );
    expect(
      (await workflowErrors(ci, broken(ci, '${{ github.base_ref }}', '${{ github.base_ref }'))).join('\n'),
    ).toMatch(/ci\.yml \(Line: \d+, Col: \d+\): The expression is not closed/);
    expect(
      (await workflowErrors(ci, broken(ci, '${{ github.base_ref }}', '${{ gihub.base_ref }}'))).join('\n'),
    ).toMatch(/Unrecognized named-value: 'gihub'/);
    expect((await workflowErrors(deploy, broken(deploy, 'needs: build', 'needs: biuld'))).join('\n')).toMatch(
      /deploy\.yml \(Line: \d+, Col: \d+\): Job 'deploy' depends on unknown job 'biuld'/,
    );
  });
});
