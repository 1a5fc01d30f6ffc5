import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  recipients: string[];
  /** The message as it arrived, headers and all (read as latin1: bytes as characters). */
  raw: string;
  /** The message's text, its transfer encoding undone (of every text part when multipart). */
  text: string;
  /** The Subject header, its MIME encoded words decoded. */
  subject: string;
}

/**
 * The text of a message, its quoted-printable or base64 body decoded; of a multipart message,
 * its text parts decoded and joined (attachments left out).
 */
export function bodyText(raw: string): string {
  const [head = '', ...rest] = raw.split('\r\n\r\n');
  const body = rest.join('\r\n\r\n');
  const unfoldedHead = head.replace(/\r\n[ \t]+/g, ' ');
  const boundary = /^content-type:\s*multipart\/[^\r\n]*boundary="?([^";\r\n]+)"?/im.exec(
    unfoldedHead,
  )?.[1];
  if (boundary !== undefined) {
    return body
      .split(`--${boundary}`)
      .slice(1)
      .filter((part) => !part.startsWith('--'))
      .map((part) => part.replace(/^\r\n/, ''))
      .filter((part) => {
        const partHead = part.split('\r\n\r\n')[0] ?? '';
        return (
          /^content-type:\s*(text|multipart)\//im.test(partHead) && !/attachment/i.test(partHead)
        );
      })
      .map((part) => bodyText(part.replace(/\r\n$/, '')))
      .join('\n');
  }
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

/** The Subject header of a message, its RFC 2047 encoded words (B and Q) decoded. */
export function subjectOf(raw: string): string {
  const head = (raw.split('\r\n\r\n')[0] ?? '').replace(/\r\n[ \t]+/g, ' ');
  const subject = /^subject:[ \t]*(.*)$/im.exec(head)?.[1] ?? '';
  return subject
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(
      /=\?([^?]+)\?([BQ])\?([^?]*)\?=/gi,
      (_, _charset: string, kind: string, text: string) =>
        kind.toUpperCase() === 'B'
          ? Buffer.from(text, 'base64').toString('utf8')
          : Buffer.from(
              text
                .replace(/_/g, ' ')
                .replace(/=([0-9A-F]{2})/gi, (_match, hex: string) =>
                  String.fromCharCode(parseInt(hex, 16)),
                ),
              'latin1',
            ).toString('utf8'),
    );
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
            subject: subjectOf(raw),
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
    /**
     * The first message to `recipient` whose text matches `pattern`, once it has arrived (it
     * fails after `timeoutMs`, naming what did arrive for that recipient).
     */
    waitForMail: async (
      recipient: string,
      pattern: RegExp = /./,
      timeoutMs = 20_000,
    ): Promise<ReceivedMail> => {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = received.find(
          (mail) => mail.recipients.includes(recipient) && pattern.test(mail.text),
        );
        if (found !== undefined) return found;
        if (Date.now() > deadline) {
          const subjects = received
            .filter((mail) => mail.recipients.includes(recipient))
            .map((mail) => mail.subject);
          throw new Error(
            `No mail to ${recipient} matching ${pattern} arrived; to them came: ${JSON.stringify(subjects)}`,
          );
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    url: `smtp://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type MailServer = Awaited<ReturnType<typeof startMailServer>>;
