// Every command answers --help and a mistyped option the same way: the usage on stdout with
// exit 0, or `command: what is wrong`, a blank line and the same usage on stderr with exit 2.
import { describe, expect, it } from 'vitest';
import { repoPath, runScript } from '../helpers.ts';

/** Each script, with the name its messages start with and the first line of its usage. */
const SCRIPTS = [
  { script: 'check', command: 'check', usage: 'usage: npm run check [-- --papers DIR --topics FILE]' },
  { script: 'ingest', command: 'ingest', usage: 'usage: npm run ingest -- <listing.txt>... [--year YYYY]' },
  { script: 'new', command: 'new', usage: 'usage: npm run new -- --title "…" [--abstract-file F]' },
  { script: 'lookup', command: 'lookup', usage: 'usage: npm run lookup [-- FILE…] [--missing] [--dry-run]' },
  { script: 'check-links', command: 'check:links', usage: 'usage: npm run check:links [-- --changed [--base REF]]' },
  { script: 'finish-build', command: 'finish-build', usage: 'usage: node scripts/finish-build.ts [--site DIR]' },
];

const run = (script: string, args: string[]) => runScript(script, args, { cwd: repoPath('') });

// Each case starts a Node process; on a busy machine that alone can take seconds.
describe('the scripts’ arguments', { timeout: 120_000 }, () => {
  it.each(SCRIPTS)('$script prints its usage on --help and -h, and exits 0', async ({ script, usage }) => {
    for (const flag of ['--help', '-h']) {
      const result = await run(script, [flag]);
      expect(result).toMatchObject({ status: 0, stderr: '' });
      expect(result.stdout.startsWith(usage)).toBe(true);
    }
  });

  it.each(SCRIPTS)(
    '$script refuses an unknown option: its name, the message, a blank line, the usage --help prints; exits 2',
    async ({ script, command }) => {
      const help = await run(script, ['--help']);
      const result = await run(script, ['--no-such-option']);
      expect(result.status).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(new RegExp(`^${command}: Unknown option '--no-such-option'.*\\n\\n`));
      expect(result.stderr.slice(result.stderr.indexOf('\n\n') + 2)).toBe(help.stdout);
    },
  );

  it('refuses a missing value, an unexpected argument and a missing listing the same way', async () => {
    const missing = await run('check', ['--papers']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/^check: Option '--papers <value>' argument missing\n\nusage: npm run check /);
    const positional = await run('finish-build', ['extra']);
    expect(positional.status).toBe(2);
    expect(positional.stderr).toMatch(
      /^finish-build: Unexpected argument 'extra'. This command does not take positional arguments\n\nusage: /,
    );
    const noListing = await run('ingest', ['--quiet']);
    expect(noListing.status).toBe(2);
    expect(noListing.stderr).toMatch(/^ingest: name at least one listing file\n\nusage: npm run ingest /);
    const badNumber = await run('check-links', ['--timeout', 'soon']);
    expect(badNumber.status).toBe(2);
    expect(badNumber.stderr).toMatch(/^check:links: --timeout takes a number, not "soon"\n\nusage: /);
    // --help wins over a bad value, as in every script: the usage is what was asked for.
    const helpBeside = await run('check-links', ['--help', '--timeout', 'soon']);
    expect(helpBeside).toMatchObject({ status: 0, stderr: '' });
    expect(helpBeside.stdout).toMatch(/^usage: npm run check:links /);
  });
});
