import { isMinor, type AgeGroup, type Agency, type Consent } from './intervention-case.js';

/**
 * Whether the consents of a case cover sharing with `agency` on `day` (YYYY-MM-DD): a
 * consent for that agency given on or before the day, not expired, not withdrawn. For a
 * minor the guardians' consent is what counts (SIG: "for minors also the guardians'"), so
 * both the participant's and a guardian's are needed. Returns the consent relied on, or null.
 */
export function coveringConsent(
  consents: readonly Consent[],
  ageGroup: AgeGroup,
  agency: Agency,
  day: string,
): Consent | null {
  const inForce = consents.filter(
    (consent) =>
      consent.agency === agency &&
      consent.withdrawnAt === null &&
      consent.givenOn <= day &&
      (consent.expiresOn === null || consent.expiresOn >= day),
  );
  const guardian = inForce.find((consent) => consent.givenBy === 'guardian') ?? null;
  const participant = inForce.find((consent) => consent.givenBy === 'participant') ?? null;
  if (isMinor(ageGroup)) return guardian !== null && participant !== null ? guardian : null;
  return participant;
}

/** The 2013 rule (OSL 10 kap. 18 a §): social services may tell the police about someone under 21. */
export function isCoveredByTheUnder21Rule(ageGroup: AgeGroup, agency: Agency): boolean {
  return agency === 'police' && ageGroup !== '21_and_over';
}
