import { describe, expect, it } from 'vitest';
import type { Consent } from './intervention-case.js';
import { coveringConsent, isCoveredByTheUnder21Rule } from './consent-rules.js';

function consent(overrides: Partial<Consent>): Consent {
  return {
    id: crypto.randomUUID(),
    caseId: 'case',
    agency: 'police',
    givenBy: 'participant',
    scope: null,
    givenOn: '2026-01-01',
    expiresOn: null,
    withdrawnAt: null,
    recordedByUserId: null,
    recordedAt: '2026-01-01T10:00:00Z',
    ...overrides,
  };
}

describe('consent coverage', () => {
  it("covers an adult's sharing with the agency the consent names, and no other", () => {
    const consents = [consent({ agency: 'police' })];
    expect(coveringConsent(consents, '21_and_over', 'police', '2026-03-01')).toBe(consents[0]);
    expect(coveringConsent(consents, '21_and_over', 'school', '2026-03-01')).toBeNull();
  });

  it('does not cover a day before it was given, after it expired, or once withdrawn', () => {
    expect(
      coveringConsent([consent({ givenOn: '2026-04-01' })], '18_20', 'police', '2026-03-01'),
    ).toBeNull();
    expect(
      coveringConsent([consent({ expiresOn: '2026-02-28' })], '18_20', 'police', '2026-03-01'),
    ).toBeNull();
    expect(
      coveringConsent(
        [consent({ withdrawnAt: '2026-02-01T09:00:00Z' })],
        '18_20',
        'police',
        '2026-03-01',
      ),
    ).toBeNull();
  });

  it("needs both a guardian's and the minor's own consent for a minor", () => {
    const own = consent({ givenBy: 'participant' });
    const guardian = consent({ givenBy: 'guardian' });
    expect(coveringConsent([own], '15_17', 'police', '2026-03-01')).toBeNull();
    expect(coveringConsent([guardian], '15_17', 'police', '2026-03-01')).toBeNull();
    expect(coveringConsent([own, guardian], '15_17', 'police', '2026-03-01')).toBe(guardian);
  });

  it('lets the 2013 rule cover the police for people under 21 only', () => {
    expect(isCoveredByTheUnder21Rule('18_20', 'police')).toBe(true);
    expect(isCoveredByTheUnder21Rule('21_and_over', 'police')).toBe(false);
    expect(isCoveredByTheUnder21Rule('15_17', 'school')).toBe(false);
  });
});
