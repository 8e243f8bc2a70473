import { fileURLToPath } from 'node:url';

/** The bundled site built at the root, for the end-to-end tests. */
export const ROOT_BUILD = fileURLToPath(new URL('../../.cache/e2e/root/', import.meta.url));
/** The bundled site built under the base path /papershelf/. */
export const BASE_BUILD = fileURLToPath(new URL('../../.cache/e2e/base/', import.meta.url));
