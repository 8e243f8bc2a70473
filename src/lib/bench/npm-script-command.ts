import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The command and arguments of an npm script of the project at `root`, so a
 * benchmark runs exactly what `npm run <name>` runs (Node flags included)
 * without npm's own start-up in the measurement. Scripts are plain words
 * separated by spaces; anything fancier is refused.
 */
export function npmScriptCommand(root: string, name: string): { command: string; args: string[] } {
  const scripts =
    (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts?: Record<string, string> }).scripts ??
    {};
  const script = scripts[name];
  if (script === undefined) throw new Error(`package.json has no "${name}" script`);
  if (/[&|;<>$`"'\\]|^\s*\w+=/.test(script)) throw new Error(`the "${name}" script is not a plain command: ${script}`);
  const [command = '', ...args] = script.trim().split(/\s+/);
  return { command, args };
}
