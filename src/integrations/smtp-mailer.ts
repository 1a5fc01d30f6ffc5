import nodemailer from 'nodemailer';
import type { Mailer } from '../domain/deps.js';

/** Sends e-mail through the SMTP server at `smtpUrl` (smtp://user:password@host:port). */
export function createSmtpMailer(smtpUrl: string, from: string): Mailer & { close(): void } {
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    async send(message) {
      await transport.sendMail({
        from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        ...(message.attachments && message.attachments.length > 0
          ? {
              attachments: message.attachments.map((attachment) => ({
                filename: attachment.filename,
                contentType: attachment.contentType,
                content: Buffer.from(attachment.content),
              })),
            }
          : {}),
      });
    },
    close: () => transport.close(),
  };
}
