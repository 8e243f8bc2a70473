import { DIGEST_LENGTH } from './digest-length.ts';

/**
 * The first 16 hex digits of the SHA-256 of `body`, with the Web Crypto API
 * (in the worker); equal to what the build recorded in `offline.json`.
 */
export async function webDigestHex(body: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', body));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0'))
    .join('')
    .slice(0, DIGEST_LENGTH);
}
