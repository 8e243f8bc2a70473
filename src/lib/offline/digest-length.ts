/** Hex digits of SHA-256 kept per file: 64 bits, plenty to tell two versions of a file apart. */
export const DIGEST_LENGTH = 16;
