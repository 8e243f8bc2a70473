/**
 * A response's body as UTF-8 text, or undefined when it is longer than
 * `maxBytes`: the body is read piece by piece and dropped as soon as it
 * passes the cap, so a runaway answer costs no more memory than that.
 */
export async function readCappedBody(response: Response, maxBytes: number): Promise<string | undefined> {
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (declared > maxBytes || !response.body) {
    await response.body?.cancel().catch(() => undefined);
    return declared > maxBytes ? undefined : '';
  }
  const pieces: Uint8Array[] = [];
  let length = 0;
  for await (const piece of response.body) {
    length += piece.byteLength;
    // Leaving the loop cancels the stream: the rest is never downloaded.
    if (length > maxBytes) return undefined;
    pieces.push(piece);
  }
  return Buffer.concat(pieces).toString('utf8');
}
