/** Why arXiv gave no usable answer, in words a person can act on. */
export class ArxivError extends Error {
  /** True when arXiv could not be reached at all: asking again for the next entry is pointless. */
  readonly unreachable: boolean;

  constructor(message: string, options: { unreachable?: boolean; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'ArxivError';
    this.unreachable = options.unreachable ?? false;
  }
}
