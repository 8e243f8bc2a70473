import { z } from 'zod';

/**
 * `z.strictObject` whose errors a curator can act on: a wrong type says what was `expected`, and an
 * unknown field (usually a typo) lists the fields that are allowed.
 */
export function strictMapping<Shape extends z.core.$ZodLooseShape>(shape: Shape, expected: string) {
  const allowed = Object.keys(shape).join(', ');
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys' ? `unknown field; expected only: ${allowed}` : `expected ${expected}`,
  });
}
