import { describe, expect, it } from 'vitest';
import { buildUrl, csrfTokenOf, urlOf } from './client';

describe('buildUrl', () => {
  it('puts paths under /api and leaves out empty query values', () => {
    expect(buildUrl('/users')).toBe('/api/users');
    expect(buildUrl('/users', { organisationId: '', status: undefined })).toBe('/api/users');
    expect(buildUrl('/audit', { action: 'auth.login', before: 120, limit: 50, to: null })).toBe(
      '/api/audit?action=auth.login&before=120&limit=50',
    );
  });

  it('encodes query values', () => {
    expect(buildUrl('/audit', { from: '2026-03-28T23:00:00.000Z' })).toBe(
      '/api/audit?from=2026-03-28T23%3A00%3A00.000Z',
    );
  });
});

describe('urlOf', () => {
  it("fills the document path's parameters, encoded, and appends the query", () => {
    expect(urlOf('/api/meetings/{id}', { path: { id: 'a/b c' } })).toBe('/api/meetings/a%2Fb%20c');
    expect(
      urlOf('/api/joint-actions', { query: { status: 'open', unused: undefined } as object }),
    ).toBe('/api/joint-actions?status=open');
  });

  it('refuses a path whose parameter was not given', () => {
    expect(() => urlOf('/api/meetings/{id}', {})).toThrow('needs the parameter id');
  });
});

describe('csrfTokenOf', () => {
  it('reads the __Host- cookie the server sets over https, before a plain one left from http', () => {
    expect(csrfTokenOf('tryggve_csrf=old; __Host-tryggve_csrf=ny%3D')).toBe('ny=');
    expect(csrfTokenOf('tryggve_csrf=lokal')).toBe('lokal');
    expect(csrfTokenOf('annat=1')).toBeNull();
  });
});
