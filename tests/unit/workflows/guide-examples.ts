/** One command of a ```console block of a guide, and the output printed under it. */
export interface GuideCommand {
  command: string;
  output: string;
}

/** A ```console block: its commands in order, the line it starts on, and the fenced block right after it, if any. */
export interface ConsoleBlock {
  line: number;
  commands: GuideCommand[];
  /** The language and text of the next fenced block, when only prose lies between them. */
  next?: { language: string; text: string };
}

const FENCE = /^```(\w*)\n([\s\S]*?)^```$/gm;

/**
 * The ```console blocks of a Markdown guide: each `$ command` line with the lines under it
 * (up to the next `$`) as its output, as a person would copy them.
 */
export function consoleBlocks(markdown: string): ConsoleBlock[] {
  const fences = [...markdown.matchAll(FENCE)].map((match) => ({
    language: match[1] ?? '',
    text: match[2] ?? '',
    start: match.index,
    end: match.index + match[0].length,
  }));
  return fences.flatMap((fence, index) => {
    if (fence.language !== 'console') return [];
    const commands: GuideCommand[] = [];
    for (const line of fence.text.split('\n')) {
      if (line.startsWith('$ ')) commands.push({ command: line.slice(2), output: '' });
      else if (commands.length > 0) commands[commands.length - 1]!.output += `${line}\n`;
    }
    const following = fences[index + 1];
    const between = following ? markdown.slice(fence.end, following.start) : '';
    const next = following && !/^#/m.test(between) ? { language: following.language, text: following.text } : undefined;
    return [{ line: markdown.slice(0, fence.start).split('\n').length, commands, ...(next ? { next } : {}) }];
  });
}

/**
 * Output as it is compared: without npm's banner (`> papershelf@0.1.0 check`, `> node …`,
 * which shows how the script is run, not what it says), with timings as `N s`, and
 * without blank lines at either end.
 */
export function normaliseOutput(output: string): string {
  return output
    .split('\n')
    .filter((line) => !line.startsWith('> '))
    .join('\n')
    .replace(/\b\d+(?:\.\d+)? s\b/g, 'N s')
    .replace(/[ \t]+$/gm, '')
    .replace(/^\n+|\n+$/g, '');
}
