import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import {
  makeMunicipality,
  makeOrganisation,
  makeUser,
  testClock,
  testDeps,
  testPassword,
  type TestClock,
} from '../../../test/support/factories.js';
import { buildTestApp, TestClient } from '../../../test/support/http.js';
import type { User } from '../../domain/accounts/user.js';
import type { Deps } from '../../domain/deps.js';
import type { Organisation } from '../../domain/organisations/organisation.js';
import { createSmtpMailer } from '../../integrations/smtp-mailer.js';
import { startMailServer, type MailServer } from '../../../test/support/mail-server.js';

const linkPattern = (page: string) =>
  new RegExp(`http://tryggve\\.test/${page}#([A-Za-z0-9_-]{40,})`);
const chosenPassword = 'min egen långa lösenfras i vinter';
const uniqueEmail = (name: string) => `${name}-${randomUUID().slice(0, 8)}@example.se`;

describeEachDialect('links sent by e-mail', (database) => {
  let mail: MailServer;
  let mailer: ReturnType<typeof createSmtpMailer>;
  let app: FastifyInstance;
  let deps: Deps;
  let clock: TestClock;
  let organisation: Organisation;
  let adminEmail: string;
  let admin: TestClient;

  beforeAll(async () => {
    mail = await startMailServer();
    mailer = createSmtpMailer(mail.url, 'Tryggve <noreply@test>');
    clock = testClock();
    deps = testDeps(database(), { clock, mailer });
    const municipality = await makeMunicipality(deps, 'Härby');
    organisation = await makeOrganisation(deps, municipality.id, { name: 'Socialförvaltningen' });
    app = await buildTestApp(deps);
    adminEmail = (await makeUser(deps, organisation, ['admin'])).email;
  });
  afterAll(async () => {
    await app.close();
    mailer.close();
    await mail.close();
  });
  // Tests move the clock by hours and days: the admin signs in afresh for each.
  beforeEach(async () => {
    mail.received.length = 0;
    admin = await new TestClient(app).signIn(adminEmail);
  });

  /** Invites someone and returns the token from the e-mail they received. */
  async function invite(email: string) {
    const response = await admin.post('/api/users', {
      email,
      displayName: 'Nina Nilsson',
      organisationId: organisation.id,
      roles: ['caseworker'],
    });
    expect(response.statusCode).toBe(201);
    const message = mail.received.find((received) => received.recipients.includes(email));
    const token = linkPattern('inbjudan').exec(message?.text ?? '')?.[1] ?? '';
    return { response, message, token };
  }

  async function requestReset(user: User) {
    await new TestClient(app).post('/api/password-resets', { email: user.email });
    await app.backgroundWork.settled();
    const message = mail.received.find((received) => received.recipients.includes(user.email));
    return linkPattern('aterstall-losenord').exec(message?.text ?? '')?.[1] ?? '';
  }

  it('e-mails an invitation and does not show its link to the admin', async () => {
    const email = uniqueEmail('nina');
    const { response, message, token } = await invite(email);
    expect(response.json().invitation).toMatchObject({ isEmailed: true, link: null });
    expect(response.json().user).toMatchObject({ email, status: 'invited' });
    expect(mail.received).toHaveLength(1);
    expect(message?.text).toContain('Hej Nina Nilsson!');
    expect(message?.text).toContain('Härby');
    expect(token).not.toBe('');
  });

  it('tells the holder, not the admin, when the invited address has an account in another municipality', async () => {
    const holder = await makeUser(
      deps,
      await makeOrganisation(deps, (await makeMunicipality(deps, 'Annanby')).id),
      ['viewer'],
      { displayName: 'Hanna Holm' },
    );
    const fresh = await invite(uniqueEmail('nina'));
    mail.received.length = 0;
    const { response, message } = await invite(holder.email);
    expect(response.statusCode).toBe(fresh.response.statusCode);
    expect(response.json().invitation).toMatchObject({ isEmailed: true, link: null });
    expect(response.json().user).toMatchObject({ email: holder.email, status: 'invited' });
    expect(mail.received).toHaveLength(1);
    expect(message?.text).toContain('Hej Hanna Holm!');
    expect(message?.text).toContain('Härby');
    expect(message?.text).toContain('Annanby');
    expect(message?.text).not.toMatch(/inbjudan#/);
  });

  it('shows whom the invitation is for', async () => {
    const email = uniqueEmail('nina');
    const { token } = await invite(email);
    const lookup = await new TestClient(app).post('/api/invitations/lookup', { token });
    expect(lookup.statusCode).toBe(200);
    expect(lookup.json()).toEqual({
      email,
      displayName: 'Nina Nilsson',
      organisationName: 'Socialförvaltningen',
      municipalityName: 'Härby',
    });
  });

  it('signs the invited person in on accepting, after which the link fails', async () => {
    const email = uniqueEmail('nina');
    const { token } = await invite(email);
    const invited = new TestClient(app);
    const accepted = await invited.post('/api/invitations/accept', {
      token,
      password: chosenPassword,
    });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json().user).toMatchObject({ email, roles: ['caseworker'] });
    expect((await invited.get('/api/session')).json().user.email).toBe(email);
    await new TestClient(app).signIn(email, chosenPassword);

    for (const url of ['/api/invitations/lookup', '/api/invitations/accept']) {
      const again = await new TestClient(app).post(url, { token, password: chosenPassword });
      expect(again.statusCode).toBe(400);
      expect(again.json().code).toBe('TOKEN_INVALID_OR_EXPIRED');
    }
  });

  it('keeps the link working when the chosen password is refused as weak', async () => {
    const { token } = await invite(uniqueEmail('nina'));
    const weak = await new TestClient(app).post('/api/invitations/accept', {
      token,
      password: 'nilsson1234567890',
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json()).toMatchObject({
      code: 'PASSWORD_TOO_WEAK',
      details: { reasons: ['contains_personal_information'] },
    });
    const lookup = await new TestClient(app).post('/api/invitations/lookup', { token });
    expect(lookup.statusCode).toBe(200);
  });

  it('replaces an invitation link when the admin sends a new one', async () => {
    const email = uniqueEmail('nina');
    const { response, token: first } = await invite(email);
    const again = await admin.post(`/api/users/${response.json().user.id}/password-reset`);
    expect(again.statusCode).toBe(201);
    expect(again.json()).toMatchObject({ isEmailed: true, link: null });
    const second = linkPattern('inbjudan').exec(mail.received.at(-1)?.text ?? '')?.[1] ?? '';
    expect(second).not.toBe(first);
    const stale = await new TestClient(app).post('/api/invitations/lookup', { token: first });
    expect(stale.json().code).toBe('TOKEN_INVALID_OR_EXPIRED');
    const fresh = await new TestClient(app).post('/api/invitations/lookup', { token: second });
    expect(fresh.statusCode).toBe(200);
  });

  it('lets an invitation expire after a week', async () => {
    const { token } = await invite(uniqueEmail('nina'));
    clock.advanceMinutes(7 * 24 * 60);
    const response = await new TestClient(app).post('/api/invitations/accept', {
      token,
      password: chosenPassword,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('TOKEN_INVALID_OR_EXPIRED');
  });

  it('answers a reset request alike for a known and an unknown address, mailing only the known', async () => {
    const user = await makeUser(deps, organisation, ['reporter']);
    const client = new TestClient(app);
    const known = await client.post('/api/password-resets', { email: user.email });
    const unknown = await client.post('/api/password-resets', {
      email: uniqueEmail('ingen'),
    });
    expect(known.statusCode).toBe(202);
    expect(unknown.statusCode).toBe(202);
    expect(unknown.body).toBe(known.body);
    await app.backgroundWork.settled();
    expect(mail.received.map((received) => received.recipients)).toEqual([[user.email]]);
  });

  it('mails no reset link to an invited or a disabled account', async () => {
    const invited = await makeUser(deps, organisation, ['reporter'], { isInvited: true });
    const disabled = await makeUser(deps, organisation, ['reporter']);
    await deps.store.users.update(disabled.id, { disabledAt: clock().toISOString() });
    for (const user of [invited, disabled]) {
      const response = await new TestClient(app).post('/api/password-resets', {
        email: user.email,
      });
      expect(response.statusCode).toBe(202);
    }
    await app.backgroundWork.settled();
    expect(mail.received).toEqual([]);
  });

  it('sets a new password from the link, once, and ends the old sessions', async () => {
    const user = await makeUser(deps, organisation, ['reporter']);
    const earlier = await new TestClient(app).signIn(user.email);
    const token = await requestReset(user);
    const confirmed = await new TestClient(app).post('/api/password-resets/confirm', {
      token,
      newPassword: chosenPassword,
    });
    expect(confirmed.statusCode).toBe(204);

    expect((await earlier.get('/api/municipality')).statusCode).toBe(401);
    const withOld = await new TestClient(app).post('/api/session', {
      email: user.email,
      password: testPassword,
    });
    expect(withOld.statusCode).toBe(401);
    await new TestClient(app).signIn(user.email, chosenPassword);

    const reused = await new TestClient(app).post('/api/password-resets/confirm', {
      token,
      newPassword: 'ännu ett annat långt lösenord',
    });
    expect(reused.statusCode).toBe(400);
    expect(reused.json().code).toBe('TOKEN_INVALID_OR_EXPIRED');
    await new TestClient(app).signIn(user.email, chosenPassword);
  });

  it('lifts a lockout when the password is reset', async () => {
    const user = await makeUser(deps, organisation, ['reporter']);
    const client = new TestClient(app);
    for (let attempt = 0; attempt < 5; attempt += 1) {
      await client.post('/api/session', { email: user.email, password: 'fel gissning igen' });
    }
    const locked = await client.post('/api/session', { email: user.email, password: testPassword });
    expect(locked.statusCode).toBe(429);
    const token = await requestReset(user);
    await client.post('/api/password-resets/confirm', { token, newPassword: chosenPassword });
    await new TestClient(app).signIn(user.email, chosenPassword);
  });

  it('honours a reset link for 59 minutes and refuses it after 60', async () => {
    const user = await makeUser(deps, organisation, ['reporter']);
    const early = await requestReset(user);
    clock.advanceMinutes(59);
    const inTime = await new TestClient(app).post('/api/password-resets/confirm', {
      token: early,
      newPassword: chosenPassword,
    });
    expect(inTime.statusCode).toBe(204);

    mail.received.length = 0;
    const late = await requestReset(user);
    clock.advanceMinutes(60);
    const tooLate = await new TestClient(app).post('/api/password-resets/confirm', {
      token: late,
      newPassword: 'ett helt annat långt lösenord',
    });
    expect(tooLate.statusCode).toBe(400);
    expect(tooLate.json().code).toBe('TOKEN_INVALID_OR_EXPIRED');
    await new TestClient(app).signIn(user.email, chosenPassword);
  });

  it('does not accept an invitation link as a reset link', async () => {
    const { token } = await invite(uniqueEmail('nina'));
    const response = await new TestClient(app).post('/api/password-resets/confirm', {
      token,
      newPassword: chosenPassword,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('TOKEN_INVALID_OR_EXPIRED');
  });
});

describeEachDialect('links without a working mail server', (database) => {
  const apps: FastifyInstance[] = [];
  afterAll(async () => {
    for (const app of apps) await app.close();
  });

  async function inviteWith(mailer: Deps['mailer']) {
    const deps = testDeps(database(), { mailer });
    const organisation = await makeOrganisation(deps, (await makeMunicipality(deps)).id);
    const app = await buildTestApp(deps);
    apps.push(app);
    const admin = await new TestClient(app).signIn(
      (await makeUser(deps, organisation, ['admin'])).email,
    );
    const response = await admin.post('/api/users', {
      email: uniqueEmail('utan-smtp'),
      displayName: 'Olle Olsson',
      organisationId: organisation.id,
      roles: ['viewer'],
    });
    return { app, response };
  }

  it('gives the admin the invitation link when no SMTP server is configured', async () => {
    const { app, response } = await inviteWith(null);
    expect(response.statusCode).toBe(201);
    const { invitation } = response.json();
    expect(invitation.isEmailed).toBe(false);
    const token = linkPattern('inbjudan').exec(invitation.link)?.[1];
    const lookup = await new TestClient(app).post('/api/invitations/lookup', { token });
    expect(lookup.statusCode).toBe(200);
    expect(lookup.json().displayName).toBe('Olle Olsson');
  });

  it('gives the admin the invitation link when the mail server cannot be reached', async () => {
    const unreachable = createSmtpMailer('smtp://127.0.0.1:1', 'Tryggve <noreply@test>');
    const { response } = await inviteWith(unreachable);
    unreachable.close();
    expect(response.statusCode).toBe(201);
    expect(response.json().invitation.isEmailed).toBe(false);
    expect(response.json().invitation.link).toMatch(linkPattern('inbjudan'));
  });
});
