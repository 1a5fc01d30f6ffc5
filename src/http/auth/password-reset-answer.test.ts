import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import {
  makeMunicipality,
  makeOrganisation,
  makeUser,
  testDeps,
} from '../../../test/support/factories.js';
import { buildTestApp, TestClient } from '../../../test/support/http.js';
import { startMailServer, type MailServer } from '../../../test/support/mail-server.js';
import type { Deps } from '../../domain/deps.js';
import type { Organisation } from '../../domain/organisations/organisation.js';
import { createSmtpMailer } from '../../integrations/smtp-mailer.js';

describeEachDialect('the answer to a password reset request', (database) => {
  let mail: MailServer;
  let mailer: ReturnType<typeof createSmtpMailer>;
  let app: FastifyInstance;
  let deps: Deps;
  let organisation: Organisation;

  beforeAll(async () => {
    mail = await startMailServer({ isHolding: true });
    mailer = createSmtpMailer(mail.url, 'Tryggve <noreply@test>');
    deps = testDeps(database(), { mailer });
    organisation = await makeOrganisation(deps, (await makeMunicipality(deps)).id);
    app = await buildTestApp(deps);
  });
  afterAll(async () => {
    mail.release();
    await app.close();
    mailer.close();
    await mail.close();
  });

  it('goes out before the reset link is mailed, so its timing cannot tell that the account exists', async () => {
    const user = await makeUser(deps, organisation, ['reporter']);
    let isAnswered = false;
    const answer = new TestClient(app)
      .post('/api/password-resets', { email: user.email })
      .then((response) => {
        isAnswered = true;
        return response;
      });

    // The mail server holds the message: its SMTP transaction is open until released.
    await mail.whenHeld();
    expect(isAnswered).toBe(true);
    expect(mail.received).toEqual([]);
    expect((await answer).statusCode).toBe(202);

    mail.release();
    await app.backgroundWork.settled();
    expect(mail.received.map((received) => received.recipients)).toEqual([[user.email]]);
  });
});
