// `openHttpConnection`: one keep-alive HTTP/1.1 connection over a raw `net` socket, one request at a
// time, for the load generator. node:http's client (agent, parser, IncomingMessage streams) cost the
// generator more CPU than the server spent on some requests, on the same two cores; this writes each
// request as one string with a Content-Length body and reads responses framed by Content-Length or
// chunked encoding. Only what the benchmark needs: no redirects, no trailers, no pipelining, no TLS.
import net from 'node:net';

const HEAD_END = Buffer.from('\r\n\r\n');

/**
 * Opens a connection to `host:port` (the caller keeps it on loopback). `request(method, path, body?, headers?)`
 * resolves `{ status, text }`; a connection that closes or fails rejects the request in flight, and the
 * next request opens a fresh connection.
 * @example const c = openHttpConnection('127.0.0.1', 8080); const { status, text } = await c.request('GET', '/'); c.close();
 */
export function openHttpConnection(host, port) {
  let socket = null;
  let buffer = Buffer.alloc(0);
  let pending = null;

  const fail = (error) => {
    const waiting = pending;
    pending = null;
    socket = null;
    buffer = Buffer.alloc(0);
    waiting?.reject(error);
  };
  const connect = () => {
    const s = net.connect({ host, port, noDelay: true });
    s.on('data', (chunk) => {
      buffer = buffer.length === 0 ? chunk : Buffer.concat([buffer, chunk]);
      let response;
      try { response = pending && readResponse(); } catch (error) { fail(error); s.destroy(); return; }
      if (response) { const waiting = pending; pending = null; waiting.resolve(response); }
    });
    s.on('error', (error) => { if (socket === s) fail(error); });
    s.on('close', () => { if (socket === s) fail(new Error('the server closed the connection')); });
    return s;
  };
  /** One whole response off the front of `buffer`, or null while it is still arriving. */
  const readResponse = () => {
    const headEnd = buffer.indexOf(HEAD_END);
    if (headEnd < 0) return null;
    const head = buffer.toString('latin1', 0, headEnd);
    const status = Number(head.slice(9, 12));
    const start = headEnd + 4;
    const length = /\r\ncontent-length: *(\d+)/i.exec(head);
    if (length) {
      const end = start + Number(length[1]);
      if (buffer.length < end) return null;
      const text = buffer.toString('utf8', start, end);
      buffer = buffer.subarray(end);
      return { status, text };
    }
    if (!/\r\ntransfer-encoding: *chunked/i.test(head)) throw new Error(`a response without Content-Length or chunked encoding:\n${head}`);
    const parts = [];
    for (let at = start; ;) {
      const lineEnd = buffer.indexOf('\r\n', at);
      if (lineEnd < 0) return null;
      const size = parseInt(buffer.toString('latin1', at, lineEnd), 16);
      const dataEnd = lineEnd + 2 + size;
      if (buffer.length < dataEnd + 2) return null;
      if (size === 0) {
        buffer = buffer.subarray(dataEnd + 2);
        return { status, text: Buffer.concat(parts).toString('utf8') };
      }
      parts.push(buffer.subarray(lineEnd + 2, dataEnd));
      at = dataEnd + 2;
    }
  };

  return {
    request(method, pathname, body, headers = {}) {
      if (pending) return Promise.reject(new Error('one request at a time on a connection'));
      socket ??= connect();
      let head = `${method} ${pathname} HTTP/1.1\r\nhost: ${host}:${port}\r\n`;
      for (const [name, value] of Object.entries(headers)) head += `${name}: ${value}\r\n`;
      if (body !== undefined) head += `content-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\n`;
      return new Promise((resolve, reject) => {
        pending = { resolve, reject };
        socket.write(body === undefined ? `${head}\r\n` : `${head}\r\n${body}`);
      });
    },
    close() {
      const s = socket;
      socket = null;
      s?.destroy();
    },
  };
}
