import { pino, type DestinationStream, type Logger } from 'pino';

/**
 * The server's log: JSON lines, no personal data. Requests are logged by method, path
 * (without the query) and status; addresses, cookies, headers and bodies never are.
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = {
    level,
    base: { service: 'tryggve' },
    redact: {
      paths: ['req.headers', 'res.headers', '*.password', '*.token', '*.email', 'err.config'],
      remove: true,
    },
    serializers: {
      req: (request: { method?: string; url?: string; id?: string }) => ({
        id: request.id,
        method: request.method,
        path: request.url?.split('?')[0],
      }),
      res: (response: { statusCode?: number }) => ({ statusCode: response.statusCode }),
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
