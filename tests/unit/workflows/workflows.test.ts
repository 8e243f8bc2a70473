import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repoPath } from '../helpers.ts';

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
  'continue-on-error'?: boolean;
}
interface Job {
  permissions?: Record<string, string> | string;
  steps: Step[];
  needs?: string | string[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string> | string;
  concurrency?: unknown;
  jobs: Record<string, Job>;
}

const WORKFLOWS = repoPath('.github/workflows');
const read = (name: string) => readFileSync(`${WORKFLOWS}/${name}`, 'utf8');
// `on:` is a YAML 1.1 boolean to some parsers; the yaml package (YAML 1.2) keeps it as the key "on".
const load = (name: string) => parse(read(name)) as Workflow;
const runs = (job: Job) => job.steps.map((step) => step.run ?? '').join('\n');

describe('workflows', () => {
  it('never use pull_request_target, in any workflow', () => {
    for (const name of readdirSync(WORKFLOWS)) {
      expect(Object.keys(load(name).on), name).not.toContain('pull_request_target');
      expect(read(name), name).not.toMatch(/^[^#]*pull_request_target/m);
    }
  });
});

describe('ci.yml', () => {
  const ci = load('ci.yml');

  it('runs on pull requests only', () => {
    expect(Object.keys(ci.on)).toEqual(['pull_request']);
  });

  it('has a read-only token: top-level permissions exactly contents: read, and no job widens them', () => {
    expect(ci.permissions).toEqual({ contents: 'read' });
    for (const [name, job] of Object.entries(ci.jobs)) expect(job.permissions, name).toBeUndefined();
  });

  it('uses no secrets and does not keep the token in the checkout', () => {
    expect(read('ci.yml')).not.toMatch(/secrets\.[A-Za-z_]|secrets:\s*inherit/);
    const checkout = Object.values(ci.jobs)
      .flatMap((job) => job.steps)
      .find((step) => step.uses?.startsWith('actions/checkout@'));
    expect(checkout?.with?.['persist-credentials']).toBe(false);
  });

  it('installs with npm ci, then checks, tests, builds, on the Node of .nvmrc, with Debian Chromium', () => {
    const job = ci.jobs['test'];
    if (!job) throw new Error('ci.yml has no "test" job');
    expect(job.steps.find((step) => step.uses?.startsWith('actions/setup-node@'))?.with?.['node-version-file']).toBe(
      '.nvmrc',
    );
    const commands = job.steps.map((step) => step.run?.trim()).filter((run) => run?.startsWith('npm '));
    expect(commands.slice(0, 4)).toEqual(['npm ci', 'npm run check', 'npm test', 'npm run build']);
    expect(runs(job)).toContain('sudo apt-get install -y chromium');
  });

  it('checks the links of changed entries without blocking', () => {
    const step = Object.values(ci.jobs)
      .flatMap((job) => job.steps)
      .find((candidate) => candidate.run?.includes('check:links'));
    expect(step?.run).toContain('--changed');
    expect(step?.['continue-on-error']).toBe(true);
  });
});

describe('deploy.yml', () => {
  const deploy = load('deploy.yml');

  it('deploys on pushes to main only', () => {
    expect(deploy.on).toEqual({ push: { branches: ['main'] } });
  });

  it('gives pages: write and id-token: write to the deploy job alone', () => {
    expect(deploy.permissions).toEqual({ contents: 'read' });
    for (const [name, job] of Object.entries(deploy.jobs)) {
      const permissions = typeof job.permissions === 'object' ? job.permissions : {};
      if (name === 'deploy') expect(permissions).toEqual({ pages: 'write', 'id-token': 'write' });
      else
        expect(
          Object.entries(permissions).filter(([, level]) => level === 'write'),
          name,
        ).toEqual([]);
    }
  });

  it('builds with the Pages site URL and base path, uploads dist and deploys it, one run at a time', () => {
    const build = deploy.jobs['build'];
    const step = build?.steps.find((candidate) => candidate.run?.trim() === 'npm run build');
    expect(step?.env?.['SITE_URL']).toContain('steps.pages.outputs.base_url');
    expect(step?.env?.['BASE_PATH']).toContain('steps.pages.outputs.base_path');
    expect(
      build?.steps.find((candidate) => candidate.uses?.startsWith('actions/upload-pages-artifact@'))?.with?.['path'],
    ).toBe('dist');
    expect(deploy.jobs['deploy']?.steps.some((candidate) => candidate.uses?.startsWith('actions/deploy-pages@'))).toBe(
      true,
    );
    expect(deploy.jobs['deploy']?.needs).toBe('build');
    expect(deploy.concurrency).toMatchObject({ group: expect.any(String) });
  });
});

describe('issue templates', () => {
  it('are forms with a name, a description and required fields that have ids', () => {
    const folder = repoPath('.github/ISSUE_TEMPLATE');
    const forms = readdirSync(folder).filter((name) => name !== 'config.yml');
    expect(forms.sort()).toEqual(['report-a-wrong-topic.yml', 'suggest-a-paper.yml']);
    for (const name of forms) {
      const form = parse(readFileSync(`${folder}/${name}`, 'utf8')) as {
        name: string;
        description: string;
        body: Array<{ type: string; id?: string; validations?: { required?: boolean } }>;
      };
      expect(form.name, name).toMatch(/\S/);
      expect(form.description, name).toMatch(/\S/);
      const fields = form.body.filter((field) => field.type !== 'markdown');
      for (const field of fields) expect(field.id, name).toMatch(/^[a-z-]+$/);
      expect(
        fields.some((field) => field.validations?.required),
        name,
      ).toBe(true);
    }
  });
});
