/** What a page asks the worker, with a MessagePort to answer on. */
export type SaveRequest = { type: 'offline-status' } | { type: 'offline-save' };

/** Sizes of the whole build and of what this browser has saved of it. */
export interface SaveStatus {
  /** The build the worker serves. */
  buildId: string;
  /** All files of the build. */
  files: number;
  /** All their bytes. */
  bytes: number;
  /** Files saved in this browser. */
  savedFiles: number;
  /** Their bytes. */
  savedBytes: number;
}

/** What the worker answers: the status (first, after each file while saving, and at the end) or why it failed. */
export type SaveReply = ({ type: 'status'; done: boolean } & SaveStatus) | { type: 'error'; message: string };

/** Whether `data` is a request this worker understands. */
export function isSaveRequest(data: unknown): data is SaveRequest {
  const type = (data as { type?: unknown } | null)?.type;
  return type === 'offline-status' || type === 'offline-save';
}
