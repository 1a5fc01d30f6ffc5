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
      });
    },
    close: () => transport.close(),
  };
}
