/**
 * `readBoundedBody`: the chunks of a request body, stopping the moment it passes a limit, so an oversized
 * request costs at most the limit plus one chunk of memory. The JSON reader and the upload reader both
 * take their bytes from here.
 */

/**
 * Yields the body of `request` chunk by chunk. A `Content-Length` above `limit` is refused before reading
 * anything; a body that grows past it (whatever its header said) is cancelled there.
 * @param tooLarge makes the error thrown in either case.
 */
export async function* readBoundedBody(request: Request, limit: number, tooLarge: () => Error): AsyncGenerator<Uint8Array> {
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (declared > limit) {
    await request.body?.cancel().catch(() => undefined);
    throw tooLarge();
  }
  const reader = request.body?.getReader();
  if (reader === undefined) return;
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    size += value.byteLength;
    if (size > limit) {
      // Cancelling tells the source to stop producing; the Node entry then closes the connection (413).
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    yield value;
  }
}
