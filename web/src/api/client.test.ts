import { describe, expect, it } from 'vitest';
import { buildUrl } from './client';

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
