import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSmtpMailer } from './smtp-mailer.js';
import { startMailServer, type MailServer } from '../../test/support/mail-server.js';

/** The MIME parts of a multipart message: each part's headers (lower-cased) and body. */
function mimeParts(raw: string): { headers: string; body: string }[] {
  const boundary = /boundary="?([^";\r\n]+)"?/i.exec(raw)?.[1];
  if (!boundary) return [];
  return raw
    .split(`--${boundary}`)
    .slice(1, -1)
    .map((part) => {
      const [headers = '', ...body] = part.replace(/^\r\n/, '').split('\r\n\r\n');
      return { headers: headers.toLowerCase(), body: body.join('\r\n\r\n') };
    });
}

describe('the SMTP mailer', () => {
  let mailServer: MailServer;
  let mailer: ReturnType<typeof createSmtpMailer>;

  beforeAll(async () => {
    mailServer = await startMailServer();
    mailer = createSmtpMailer(mailServer.url, 'Tryggve <tryggve@huddinge.se>');
  });
  afterAll(async () => {
    mailer.close();
    await mailServer.close();
  });

  it('sends a plain message without attachments as a single part', async () => {
    await mailer.send({ to: 'a@example.se', subject: 'Hej', text: 'Inga bilagor.' });
    const [mail] = mailServer.received;
    expect(mail?.recipients).toEqual(['a@example.se']);
    expect(mail?.raw).not.toMatch(/multipart/i);
  });

  it('sends an attachment whose bytes arrive unchanged, with its name and type', async () => {
    const content = Uint8Array.from({ length: 3000 }, (_, index) => (index * 7) % 256);
    await mailer.send({
      to: 'b@example.se',
      subject: 'Minnesanteckningar: OSG Huddinge',
      text: 'Här är minnesanteckningarna från mötet.',
      attachments: [
        {
          filename: 'minnesanteckningar-osg-huddinge.docx',
          contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          content,
        },
      ],
    });
    const mail = mailServer.received.find((item) => item.recipients.includes('b@example.se'));
    const parts = mimeParts(mail?.raw ?? '');
    expect(parts).toHaveLength(2);
    const attachment = parts.find((part) =>
      part.headers.includes('content-disposition: attachment'),
    );
    expect(attachment?.headers).toContain('filename=minnesanteckningar-osg-huddinge.docx');
    expect(attachment?.headers).toContain('wordprocessingml.document');
    expect(attachment?.headers).toContain('content-transfer-encoding: base64');
    const decoded = Buffer.from(attachment?.body.replace(/\s+/g, '') ?? '', 'base64');
    expect(decoded.equals(Buffer.from(content))).toBe(true);
  });
});
