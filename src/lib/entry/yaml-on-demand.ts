import { createRequire } from 'node:module';

/** YAML aliases allowed in frontmatter; a "billion laughs" file fails fast. */
export const MAX_YAML_ALIASES = 50;

type Yaml = typeof import('yaml');

const require = createRequire(import.meta.url);
let loaded: Yaml | undefined;

/**
 * The `yaml` package, loaded the first time it is needed. Ingest writes most frontmatter
 * without it and reads it only for entries already on disk, so an ingest into a new
 * folder never loads it (about 35 ms of a short command's start-up).
 */
export function yamlOnDemand(): Yaml {
  return (loaded ??= require('yaml') as Yaml);
}
