import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import {
  makeMunicipality,
  makeOrganisation,
  makeUser,
  testClock,
  testDeps,
} from '../../../test/support/factories.js';
import type { Deps, MailMessage } from '../deps.js';
import { passwordResetIntervalMinutes, requestPasswordReset } from './request-password-reset.js';
import type { User } from './user.js';
import { recordingLogger } from '../../../test/support/recording-logger.js';

describeEachDialect('asking for a password reset link', (database) => {
  let deps: Deps;
  let user: User;
  const sent: MailMessage[] = [];
  const clock = testClock('2026-12-07T08:00:00Z');

  beforeAll(async () => {
    deps = testDeps(database(), {
      clock,
      mailer: {
        send: async (message) => {
          sent.push(message);
        },
      },
    });
    const organisation = await makeOrganisation(deps, (await makeMunicipality(deps)).id);
    user = await makeUser(deps, organisation, ['reporter']);
  });

  it('mails at most one link per account in a few minutes, so the form cannot flood its holder or keep expiring their link', async () => {
    await requestPasswordReset(deps, user.email);
    clock.advanceMinutes(1);
    await requestPasswordReset(deps, user.email.toUpperCase());
    await requestPasswordReset(deps, user.email);
    expect(sent.map((message) => message.to)).toEqual([user.email]);

    clock.advanceMinutes(passwordResetIntervalMinutes);
    await requestPasswordReset(deps, user.email);
    expect(sent.map((message) => message.to)).toEqual([user.email, user.email]);
  });

  it('mails one link when many requests for the same account arrive at once', async () => {
    clock.advanceMinutes(2 * passwordResetIntervalMinutes);
    const before = sent.length;
    await Promise.all(Array.from({ length: 8 }, () => requestPasswordReset(deps, user.email)));
    expect(sent.length - before).toBe(1);
  });

  it('logs a link mail that could not be sent with a stable code and no address, and shows the link instead', async () => {
    const logger = recordingLogger();
    const failing = testDeps(database(), {
      clock,
      logger,
      mailer: {
        send: async (message) => {
          throw Object.assign(new Error(`550 ${message.to}: no such user`), { code: 'EENVELOPE' });
        },
      },
    });
    const organisation = await makeOrganisation(failing, (await makeMunicipality(failing)).id);
    const holder = await makeUser(failing, organisation, ['reporter'], {
      displayName: 'Lena Loggfri',
    });
    await requestPasswordReset(failing, holder.email);
    expect(logger.lines).toEqual([
      expect.objectContaining({
        code: 'ACCOUNT_LINK_MAIL_FAILED',
        municipalityId: holder.municipalityId,
        errorName: 'Error',
        errorCode: 'EENVELOPE',
      }),
    ]);
    expect(logger.text()).not.toContain(holder.email);
    expect(logger.text()).not.toContain('Lena');
  });
});
