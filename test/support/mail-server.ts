import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  recipients: string[];
  /** The message as it arrived, headers and all (read as latin1: bytes as characters). */
  raw: string;
  /** The body of a single-part message, its transfer encoding undone. */
  text: string;
}

/** The text of a single-part message, its quoted-printable or base64 body decoded. */
export function bodyText(raw: string): string {
  const [head = '', ...rest] = raw.split('\r\n\r\n');
  const body = rest.join('\r\n\r\n');
  const encoding = /^content-transfer-encoding:\s*(\S+)/im.exec(head)?.[1]?.toLowerCase();
  if (encoding === 'base64') return Buffer.from(body, 'base64').toString('utf8');
  if (encoding !== 'quoted-printable') return Buffer.from(body, 'latin1').toString('utf8');
  const bytes: number[] = [];
  const unfolded = body.replace(/=\r\n/g, '');
  for (let index = 0; index < unfolded.length; index += 1) {
    const hex = unfolded.slice(index + 1, index + 3);
    if (unfolded[index] === '=' && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(parseInt(hex, 16));
      index += 2;
    } else bytes.push(unfolded.charCodeAt(index));
  }
  return Buffer.from(bytes).toString('utf8');
}

/**
 * A real SMTP server on loopback that keeps every message it accepts. With `isHolding`, it
 * keeps the sender waiting after each message's data until `release()`: the SMTP transaction
 * stays open, and `whenHeld()` tells when a message has got that far.
 */
export async function startMailServer(options: { isHolding?: boolean } = {}) {
  const received: ReceivedMail[] = [];
  const held: Array<() => void> = [];
  const heldWaiters: Array<() => void> = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('latin1');
        const accept = () => {
          received.push({
            recipients: session.envelope.rcptTo.map((address) => address.address),
            raw,
            text: bodyText(raw),
          });
          callback();
        };
        if (!options.isHolding) return accept();
        held.push(accept);
        for (const wake of heldWaiters.splice(0)) wake();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    received,
    /** Resolves once a message waits for `release()`. */
    whenHeld: () =>
      held.length > 0 ? Promise.resolve() : new Promise<void>((wake) => heldWaiters.push(wake)),
    /** Accepts every message held so far. */
    release: () => {
      for (const accept of held.splice(0)) accept();
    },
    url: `smtp://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type MailServer = Awaited<ReturnType<typeof startMailServer>>;
