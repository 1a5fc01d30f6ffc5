import { pino, type DestinationStream, type Logger } from 'pino';

/** Paths whose last segment is a secret: the calendar feed's address is its own password. */
const secretPaths = [/^(\/+api\/+calendar\/+).+$/i];

/** A request's path for the log: without the query, and with secrets in the path replaced. */
function loggedPath(url: string | undefined): string | undefined {
  const path = url?.split('?')[0];
  if (path === undefined) return undefined;
  for (const pattern of secretPaths) {
    if (pattern.test(path)) return path.replace(pattern, '$1[redacted]');
  }
  return path;
}

/**
 * The server's log: JSON lines, no personal data. Requests are logged by method, path
 * (without the query, secret segments redacted) and status; addresses, cookies, headers and bodies never are.
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
        path: loggedPath(request.url),
      }),
      res: (response: { statusCode?: number }) => ({ statusCode: response.statusCode }),
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
