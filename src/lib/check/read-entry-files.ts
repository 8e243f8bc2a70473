import { openSync, closeSync, fstatSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { MAX_ENTRY_BYTES } from '../entry/parse-entry.ts';

/** One file of the papers folder, read at most once. */
export interface EntryFile {
  /** The file name, such as `metamixer-is-all-you-need.mdx`. */
  name: string;
  /** The name without `.mdx`: the page's slug. */
  slug: string;
  /** The file as it is printed in messages, relative to the project root. */
  file: string;
  /** Size in bytes. */
  bytes: number;
  /** The text, or undefined when the file is larger than an entry may be (it is not read). */
  text: string | undefined;
}

/** The files of a papers folder: the `.mdx` entries, and other files the site would silently ignore. */
export interface EntryFolder {
  entries: EntryFile[];
  /** Files that are not entries (no `.mdx`), as printed in messages. Hidden files are left out. */
  ignored: string[];
}

/**
 * Reads every `.mdx` file of a papers folder, sorted by name, as the site's
 * loader would find them. A file over {@link MAX_ENTRY_BYTES} is measured, not
 * read, so a hostile multi-gigabyte file costs nothing. Messages name files
 * relative to `root`.
 */
export function readEntryFiles(directory: string, root: string): EntryFolder {
  const folder: EntryFolder = { entries: [], ignored: [] };
  const names = readdirSync(directory, { withFileTypes: true })
    .filter((dirent) => dirent.isFile() && !dirent.name.startsWith('.'))
    .map((dirent) => dirent.name)
    .sort();
  // Joined, not path.relative()'d, per file: relative() is costly at 10,000 files.
  const prefix = relative(root, directory);
  for (const name of names) {
    const path = join(directory, name);
    const file = prefix ? `${prefix}/${name}` : name;
    if (!name.endsWith('.mdx')) {
      folder.ignored.push(file);
      continue;
    }
    const descriptor = openSync(path, 'r');
    try {
      const bytes = fstatSync(descriptor).size;
      const text = bytes > MAX_ENTRY_BYTES ? undefined : readFileSync(descriptor, 'utf8');
      folder.entries.push({ name, slug: name.slice(0, -'.mdx'.length), file, bytes, text });
    } finally {
      closeSync(descriptor);
    }
  }
  return folder;
}
