import { describe, expect, expectTypeOf, it } from 'vitest';
import { parseCommandLine, type CommandLineConfig } from '../../../src/lib/cli/parse-command-line.ts';

const USAGE = `usage: npm run ingest -- <listing.txt>... [--year YYYY] [--quiet] [--papers DIR]

Splits pasted listings into entries.`;

// The shape of ingest's own options: a string without a default, one with, booleans with a short.
const INGEST = {
  command: 'ingest',
  usage: USAGE,
  allowPositionals: true,
  options: {
    year: { type: 'string' },
    quiet: { type: 'boolean', short: 'q', default: false },
    papers: { type: 'string', default: 'content/papers' },
    topic: { type: 'string', multiple: true },
  },
} satisfies CommandLineConfig;

const CHECK = {
  command: 'check:links',
  usage: 'usage: npm run check:links [-- --changed]',
  options: { changed: { type: 'boolean', default: false } },
} satisfies CommandLineConfig;

describe('parseCommandLine', () => {
  it('gives the values, defaults filled in and typed from the options, and the positionals', () => {
    const line = parseCommandLine(['a.txt', '--year', '2025', '-q', 'b.txt', '--topic', 'x', '--topic', 'y'], INGEST);
    if (line.exit) throw new Error(line.exit.text);
    expect(line.values).toEqual({ year: '2025', quiet: true, papers: 'content/papers', topic: ['x', 'y'] });
    expect(line.positionals).toEqual(['a.txt', 'b.txt']);
    expectTypeOf(line.values).toEqualTypeOf<{ year?: string; quiet: boolean; papers: string; topic?: string[] }>();
    expectTypeOf(line.positionals).toEqualTypeOf<string[]>();
  });

  it('leaves out an option not given that has no default', () => {
    const line = parseCommandLine([], INGEST);
    if (line.exit) throw new Error(line.exit.text);
    expect(line.values).toEqual({ quiet: false, papers: 'content/papers' });
    expect(line.positionals).toEqual([]);
  });

  it('gives the usage for stdout and code 0 on --help or -h, whatever else is there', () => {
    for (const args of [['--help'], ['-h'], ['a.txt', '--year', 'abc', '-h'], ['-qh']])
      expect(parseCommandLine(args, INGEST).exit).toEqual({ exitCode: 0, stream: 'stdout', text: USAGE });
  });

  it('does not count --help among the values', () => {
    const line = parseCommandLine(['--changed'], CHECK);
    if (line.exit) throw new Error(line.exit.text);
    expect(line.values).toEqual({ changed: true });
    expect(Object.keys(line.values)).not.toContain('help');
  });

  it('refuses an unknown option with the command, the message, a blank line and the usage, for stderr with code 2', () => {
    expect(parseCommandLine(['--paper', 'x'], CHECK).exit).toEqual({
      exitCode: 2,
      stream: 'stderr',
      text: "check:links: Unknown option '--paper'\n\nusage: npm run check:links [-- --changed]",
    });
  });

  it('refuses a bad option even beside --help, as parseArgs reads them all first', () => {
    expect(parseCommandLine(['--help', '--bad'], CHECK).exit).toMatchObject({ exitCode: 2, stream: 'stderr' });
  });

  it('refuses an option without its value, and a value given to a boolean', () => {
    expect(parseCommandLine(['a.txt', '--year'], INGEST).exit?.text).toBe(
      `ingest: Option '--year <value>' argument missing\n\n${USAGE}`,
    );
    expect(parseCommandLine(['--quiet=no'], INGEST).exit?.text).toBe(
      `ingest: Option '-q, --quiet' does not take an argument\n\n${USAGE}`,
    );
    expect(parseCommandLine(['--help=yes'], CHECK).exit?.text).toMatch(
      /^check:links: Option '-h, --help' does not take an argument\n\nusage: /,
    );
  });

  it('refuses positionals unless the command allows them', () => {
    expect(parseCommandLine(['extra'], CHECK).exit).toEqual({
      exitCode: 2,
      stream: 'stderr',
      text: "check:links: Unexpected argument 'extra'. This command does not take positional arguments\n\nusage: npm run check:links [-- --changed]",
    });
    const line = parseCommandLine(['extra'], INGEST);
    expect(line.exit).toBeUndefined();
    const none = parseCommandLine([], CHECK);
    if (none.exit) throw new Error(none.exit.text);
    expectTypeOf(none.positionals).toEqualTypeOf<[]>();
  });

  it("refuses the script's own checks in the same words as a bad option", () => {
    const line = parseCommandLine([], INGEST);
    if (line.exit) throw new Error(line.exit.text);
    expect(line.refuse('name at least one listing file')).toEqual({
      exitCode: 2,
      stream: 'stderr',
      text: `ingest: name at least one listing file\n\n${USAGE}`,
    });
  });

  it("throws a malformed configuration, the script's own bug, rather than blaming the user", () => {
    const broken = { command: 'x', usage: 'usage: x', options: { long: { type: 'string', short: 'long' } } } as const;
    expect(() => parseCommandLine([], broken)).toThrow(/short/);
  });
});
