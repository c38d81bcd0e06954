/**
 * `generatedBody`: a request body of `total` bytes made on demand, counting what its reader pulled, for
 * the tests of the readers that must stop at a limit (JSON bodies, uploads). Test support: not exported
 * from the package.
 */

/** A body of `total` bytes of `fill`, starting with `head`, produced 64 KiB at a time only when pulled. */
export function generatedBody(total: number, { head = new Uint8Array(), fill = 0x20 }: { head?: Uint8Array; fill?: number } = {}): { stream: ReadableStream<Uint8Array>; pulled: () => number } {
  let produced = 0;
  const chunk = 64 * 1024;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (produced >= total) { controller.close(); return; }
      const bytes = new Uint8Array(Math.min(chunk, total - produced)).fill(fill);
      if (produced === 0) bytes.set(head);
      produced += bytes.byteLength;
      controller.enqueue(bytes);
    },
  }, { highWaterMark: 0 });
  return { stream, pulled: () => produced };
}
