import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';

/** What a script accepts, as node:util's parseArgs takes it, and what it says about itself. */
export interface CommandLineConfig {
  /** The name its messages start with, as the user runs it: `check:links` for `npm run check:links`. */
  command: string;
  /** The text --help prints, and a refusal ends with. */
  usage: string;
  /** The script's own options; `--help` (`-h`) is added to them, so they may not name it. */
  options: ParseArgsOptionsConfig & { help?: never };
  /** Whether it takes arguments that are not options (files, say); without it they are refused. */
  allowPositionals?: boolean;
}

/** What a script prints instead of running, where, and the code it exits with. */
export interface CommandLineExit {
  exitCode: 0 | 2;
  stream: 'stdout' | 'stderr';
  text: string;
}

// parseArgs's own result for this configuration, so that `values` keeps each option's type.
type Parsed<T extends CommandLineConfig> = ReturnType<typeof parseArgs<T>>;

/** The arguments a script runs with, or what it prints and exits with instead. */
export type CommandLine<T extends CommandLineConfig> =
  | {
      exit: undefined;
      values: Parsed<T>['values'];
      positionals: Parsed<T>['positionals'];
      /** Refuses the arguments as a bad option is refused: `command: message`, a blank line, the usage. */
      refuse: (message: string) => CommandLineExit;
    }
  | { exit: CommandLineExit };

/**
 * Parses a script's arguments with node:util's parseArgs (strict: an unknown option, a
 * missing value or an unexpected positional is refused), adding `--help`/`-h`. Prints nothing:
 * on `--help` it gives the usage for stdout with code 0; on a bad argument, parseArgs's
 * message after the command's name, a blank line and the usage, for stderr with code 2.
 */
export function parseCommandLine<T extends CommandLineConfig>(args: readonly string[], config: T): CommandLine<T> {
  const refuse = (message: string): CommandLineExit => ({
    exitCode: 2,
    stream: 'stderr',
    text: `${config.command}: ${message}\n\n${config.usage}`,
  });
  let parsed;
  try {
    parsed = parseArgs({
      args,
      strict: true,
      allowPositionals: config.allowPositionals ?? false,
      options: { ...config.options, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    // Only the user's arguments are refused; a malformed configuration is the script's bug.
    if (!String((error as NodeJS.ErrnoException).code).startsWith('ERR_PARSE_ARGS_')) throw error;
    return { exit: refuse((error as Error).message) };
  }
  const { help, ...values } = parsed.values;
  if (help) return { exit: { exitCode: 0, stream: 'stdout', text: config.usage } };
  return {
    exit: undefined,
    values: values as Parsed<T>['values'],
    positionals: parsed.positionals as Parsed<T>['positionals'],
    refuse,
  };
}

/** Prints what a command line exits with (stdout or stderr, as it says) and gives its exit code. */
export function exitWith(exit: CommandLineExit): number {
  if (exit.stream === 'stdout') console.log(exit.text);
  else console.error(exit.text);
  return exit.exitCode;
}
