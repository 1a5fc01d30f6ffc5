import type { FastifyInstance } from 'fastify';
import ICAL from 'ical.js';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import { makeUser, testClock, testDeps } from '../../../test/support/factories.js';
import { buildTestApp, TestClient } from '../../../test/support/http.js';
import { seedHuddinge, type Huddinge } from '../../../test/support/huddinge.js';
import type { User } from '../../domain/accounts/user.js';
import type { Deps } from '../../domain/deps.js';

interface Meeting {
  id: string;
  startsAt: string;
  status: string;
  agenda: { id: string; title: string; kind: string }[];
  actions: { id: string; title: string }[];
}

describeEachDialect('the meetings API', (database) => {
  let app: FastifyInstance;
  let deps: Deps;
  let huddinge: Huddinge;
  let coordinator: TestClient;
  let police: TestClient;
  let housing: TestClient;
  let officer: User;
  let meetingIds: string[];

  const clientFor = async (user: User) => new TestClient(app).signIn(user.email);

  beforeAll(async () => {
    deps = testDeps(database(), { clock: testClock('2026-11-26T06:00:00.000Z') });
    huddinge = await seedHuddinge(deps);
    app = await buildTestApp(deps);
    coordinator = await clientFor(
      await makeUser(deps, huddinge.organisations.administration, ['coordinator']),
    );
    officer = await makeUser(deps, huddinge.organisations.police, ['reporter'], {
      displayName: 'Örjan Polis',
    });
    police = await clientFor(officer);
    housing = await clientFor(await makeUser(deps, huddinge.organisations.housing, ['reporter']));
    const created = await coordinator.post('/api/meeting-series', {
      title: 'OSG Huddinge; veckomöte, torsdagar',
      place: 'Kommunhuset, Sjödalsvägen 29',
      weekday: 4,
      startTime: '09:00',
      durationMinutes: 90,
      startsOn: '2026-11-01',
      organisationIds: [huddinge.organisations.administration.id, huddinge.organisations.police.id],
      memberUserIds: [officer.id],
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.body).not.toContain('municipalityId');
    const seriesId = (created.json() as { id: string }).id;
    const listed = await coordinator.get(`/api/meetings?seriesId=${seriesId}`);
    meetingIds = (listed.json() as Meeting[]).map((meeting) => meeting.id);
  });
  afterAll(() => app.close());

  it('refuses a bad series with the field at fault, and unknown members by id', async () => {
    const invalid = await coordinator.post('/api/meeting-series', {
      title: 'OSG',
      weekday: 9,
      startTime: '25:00',
      durationMinutes: 60,
      startsOn: '2026-11-01',
    });
    expect(invalid.statusCode).toBe(400);
    const paths = (invalid.json() as { details: { issues: { path: string[] }[] } }).details.issues;
    expect(paths.map((issue) => issue.path.join('.'))).toEqual(
      expect.arrayContaining(['body.weekday', 'body.startTime']),
    );
    const unknown = await coordinator.post('/api/meeting-series', {
      title: 'OSG',
      weekday: 4,
      startTime: '09:00',
      durationMinutes: 60,
      startsOn: '2026-11-01',
      organisationIds: ['00000000-0000-4000-8000-000000000000'],
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({
      code: 'MEETING_INVALID',
      details: { problems: [{ field: 'organisationIds', problem: 'organisation_unknown' }] },
    });
  });

  it('shows a member partner the meeting and hides it from others with the answer for a missing one', async () => {
    const id = meetingIds[0] ?? '';
    const seen = await police.get(`/api/meetings/${id}`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json()).toMatchObject({ status: 'scheduled', canManage: false });
    expect((await police.patch(`/api/meetings/${id}`, { place: 'Polishuset' })).statusCode).toBe(
      403,
    );
    expect((await housing.get('/api/meetings')).json()).toEqual([]);
    const hidden = await housing.get(`/api/meetings/${id}`);
    const missing = await housing.get('/api/meetings/00000000-0000-4000-8000-000000000000');
    expect(hidden.statusCode).toBe(404);
    expect(hidden.json()).toEqual(missing.json());
  });

  it('edits the agenda and the minutes, and refuses writes once the meeting is closed', async () => {
    const id = meetingIds[0] ?? '';
    const added = await coordinator.post(`/api/meetings/${id}/agenda`, {
      title: 'Läget i Vårby',
      position: 0,
    });
    expect(added.statusCode).toBe(201);
    const itemId = (added.json() as { id: string }).id;
    const edited = await coordinator.patch(`/api/agenda-items/${itemId}`, {
      notes: 'Polisen rapporterar lugnare helg.',
      decisions: 'Fortsatt fokus på centrum.',
    });
    expect(edited.json()).toMatchObject({ notes: 'Polisen rapporterar lugnare helg.' });
    const other = await coordinator.post(`/api/meetings/${id}/agenda`, { title: 'Övrigt' });
    const otherId = (other.json() as { id: string }).id;
    const reordered = await coordinator.put(`/api/meetings/${id}/agenda/order`, {
      itemIds: [otherId, itemId],
    });
    expect((reordered.json() as { id: string }[]).map((item) => item.id)).toEqual([
      otherId,
      itemId,
    ]);
    const partial = await coordinator.put(`/api/meetings/${id}/agenda/order`, {
      itemIds: [itemId],
    });
    expect(partial.json()).toMatchObject({ code: 'MEETING_INVALID' });
    expect(
      (await coordinator.request({ method: 'DELETE', url: `/api/agenda-items/${otherId}` }))
        .statusCode,
    ).toBe(204);

    const action = await coordinator.post(`/api/meetings/${id}/actions`, {
      title: 'Kvällsvandring i Vårby centrum',
      districtIds: [huddinge.districtIds['Vårby'] ?? ''],
      organisationIds: [huddinge.organisations.police.id],
      responsibleUserIds: [officer.id],
      dueOn: '2026-12-10',
      expectedResult: 'Färre samlingar; tryggare väg till pendeltåget',
    });
    expect(action.statusCode, action.body).toBe(201);
    expect(action.json()).toMatchObject({ status: 'planned', isOpen: true, isOverdue: false });

    const closed = await coordinator.post(`/api/meetings/${id}/close`);
    expect(closed.statusCode).toBe(200);
    expect(closed.json()).toMatchObject({
      status: 'closed',
      canManage: false,
      mailings: [{ userId: officer.id, status: 'no_mailer' }],
    });
    const late = await coordinator.patch(`/api/agenda-items/${itemId}`, { notes: 'Efteråt' });
    expect([late.statusCode, late.json()]).toEqual([
      409,
      expect.objectContaining({ code: 'MEETING_CLOSED' }),
    ]);
  });

  it('exports the minutes as DOCX and PDF for members, and audits each export', async () => {
    const id = meetingIds[0] ?? '';
    const docx = await police.get(`/api/meetings/${id}/minutes.docx`);
    expect(docx.statusCode).toBe(200);
    expect(docx.headers['content-type']).toContain('wordprocessingml');
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const pdf = await police.get(`/api/meetings/${id}/minutes.pdf`);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await housing.get(`/api/meetings/${id}/minutes.pdf`)).statusCode).toBe(404);
    const entries = await database()
      .db.selectFrom('audit_log')
      .select(['action', 'entity_id'])
      .where('action', '=', 'meeting.minutes.export')
      .execute();
    expect(entries.filter((entry) => entry.entity_id === id)).toHaveLength(2);
  });

  it('serves a calendar feed a real iCalendar parser reads, and stops it on rotation and revocation', async () => {
    const created = await police.post('/api/calendar-feed');
    expect(created.statusCode).toBe(201);
    const { url } = created.json() as { url: string };
    const path = new URL(url).pathname;
    const feed = await app.inject({ method: 'GET', url: path });
    expect(feed.statusCode).toBe(200);
    expect(feed.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const lines = feed.body.split('\r\n');
    expect(lines.every((line) => Buffer.byteLength(line, 'utf8') <= 75)).toBe(true);
    expect(feed.body.endsWith('\r\n')).toBe(true);

    const calendar = new ICAL.Component(ICAL.parse(feed.body));
    const events = calendar.getAllSubcomponents('vevent').map((item) => new ICAL.Event(item));
    const meetings = events.filter((event) => event.uid.startsWith('meeting-'));
    expect(meetings.length).toBeGreaterThanOrEqual(8);
    const first = meetings.find((event) => event.uid.includes(meetingIds[1] ?? ''));
    expect(first?.summary).toBe('OSG Huddinge; veckomöte, torsdagar');
    expect(first?.location).toBe('Kommunhuset, Sjödalsvägen 29');
    expect(first?.startDate.toJSDate().toISOString()).toBe('2026-12-03T08:00:00.000Z');
    expect(first?.endDate.toJSDate().toISOString()).toBe('2026-12-03T09:30:00.000Z');
    const deadline = events.find((event) => event.uid.startsWith('joint-action-'));
    expect(deadline?.startDate.isDate).toBe(true);
    expect(deadline?.startDate.toString()).toBe('2026-12-10');
    expect(deadline?.summary).toContain('Kvällsvandring i Vårby centrum');
    expect(deadline?.description).toContain('Färre samlingar; tryggare väg till pendeltåget');
    const again = await app.inject({ method: 'GET', url: path });
    expect(again.body.match(/^UID:.*$/gm)).toEqual(feed.body.match(/^UID:.*$/gm));

    const housingFeed = (await housing.post('/api/calendar-feed')).json() as { url: string };
    const housingBody = (
      await app.inject({ method: 'GET', url: new URL(housingFeed.url).pathname })
    ).body;
    expect(housingBody).not.toContain('BEGIN:VEVENT');

    const rotated = (await police.post('/api/calendar-feed')).json() as { url: string };
    expect((await app.inject({ method: 'GET', url: path })).statusCode).toBe(404);
    const rotatedPath = new URL(rotated.url).pathname;
    expect((await app.inject({ method: 'GET', url: rotatedPath })).statusCode).toBe(200);
    expect((await police.request({ method: 'DELETE', url: '/api/calendar-feed' })).statusCode).toBe(
      204,
    );
    const revoked = await app.inject({ method: 'GET', url: rotatedPath });
    expect(revoked.statusCode).toBe(404);
    expect(revoked.json()).toMatchObject({ code: 'NOT_FOUND' });
    expect((await police.get('/api/calendar-feed')).json()).toEqual({
      isActive: false,
      createdAt: null,
    });
  });
});
