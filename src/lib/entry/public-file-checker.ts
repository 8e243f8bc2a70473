import { statSync } from 'node:fs';
import { resolve, sep } from 'node:path';

/**
 * A test of whether a site path such as `/figures/x.png` is a file in the
 * site's `public/` folder (where Astro serves it from), for the images of
 * entries. A path that leaves the folder (`/../x`) or cannot be decoded is not.
 */
export function publicFileChecker(publicDirectory: string): (path: string) => boolean {
  const root = resolve(publicDirectory);
  return (path) => {
    let inside: string;
    try {
      inside = decodeURIComponent(path.replace(/[?#].*$/s, '')).replace(/^\/+/, '');
    } catch {
      return false;
    }
    const file = resolve(root, inside);
    if (!file.startsWith(`${root}${sep}`)) return false;
    return statSync(file, { throwIfNoEntry: false })?.isFile() ?? false;
  };
}
