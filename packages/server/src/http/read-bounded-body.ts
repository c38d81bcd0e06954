/**
 * `readBoundedBody`: the chunks of a request body, stopping the moment it passes a limit, so an oversized
 * request costs at most the limit plus one chunk of memory. The JSON reader and the upload reader both
 * take their bytes from here.
 */
import type { HttpRequest } from './http-exchange.js';

/**
 * Yields the body of `request` chunk by chunk. A `Content-Length` above `limit` is refused before reading
 * anything; a body that grows past it (whatever its header said) is stopped there.
 * @param tooLarge makes the error thrown in either case.
 */
export async function* readBoundedBody(request: HttpRequest, limit: number, tooLarge: () => Error): AsyncGenerator<Uint8Array> {
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (declared > limit) {
    await request.body?.[Symbol.asyncIterator]().return?.();
    throw tooLarge();
  }
  if (request.body === null) return;
  let size = 0;
  // Throwing out of the loop stops the source (a web stream is cancelled, a Node request destroyed);
  // the Node entry then closes the connection after the 413.
  for await (const chunk of request.body) {
    size += chunk.byteLength;
    if (size > limit) throw tooLarge();
    yield chunk;
  }
}
