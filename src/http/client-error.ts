import type { Socket } from 'node:net';

/**
 * Fastify's `clientErrorHandler`: a request Node cannot even parse (a Content-Length beside
 * chunked encoding, a broken request line, headers too large, a body that never arrives) never
 * reaches a route. It gets the one error body every other answer has, MALFORMED_REQUEST with
 * the HTTP status Node's parser implies, and the connection is closed.
 */
export function answerUnparsableRequest(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, reason] =
    error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? [408, 'Request Timeout']
      : error.code === 'HPE_HEADER_OVERFLOW'
        ? [431, 'Request Header Fields Too Large']
        : [400, 'Bad Request'];
  const body = JSON.stringify({
    code: 'MALFORMED_REQUEST',
    message: 'The request could not be read: check its HTTP framing and headers.',
  });
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${reason}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
        `Content-Type: application/json; charset=utf-8\r\nX-Content-Type-Options: nosniff\r\n` +
        `Connection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}
