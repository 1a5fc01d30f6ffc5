import { z } from 'zod';
import { organisationKinds, roles } from '../domain/access/roles.js';
import { locales } from '../domain/accounts/user.js';
import {
  earliestSupportedYear,
  isSupportedYear,
  latestSupportedYear,
} from '../shared/time/supported-dates.js';

/** Schemas shared by several areas of the API. */

const supportedYears = `${earliestSupportedYear}–${latestSupportedYear}`;
const writtenYear = (text: string) => Number(/^\d{4}/.exec(text)?.[0] ?? Number.NaN);

/**
 * A calendar day such as 2026-12-03 in the supported years: every date field of the API
 * uses this, so no loop over days runs far and both databases store and compare the value.
 */
export const DaySchema = (example: string) =>
  z.iso
    .date({ message: `a day such as ${example}` })
    .refine((value) => isSupportedYear(writtenYear(value)), {
      message: `a day in the years ${supportedYears}, such as ${example}`,
    });

/** An ISO 8601 time with its offset, such as 2026-12-03T08:00:00Z, in the supported years. */
export const InstantSchema = (example: string) =>
  z.iso
    .datetime({ offset: true, message: `a time such as ${example}` })
    .refine((value) => isSupportedYear(writtenYear(value)) && !Number.isNaN(Date.parse(value)), {
      message: `a time in the years ${supportedYears}, such as ${example}`,
    });
export const IdParamsSchema = z.object({ id: z.uuid('an id in UUID form') });
export const RoleSchema = z.enum(roles);
export const LocaleSchema = z.enum(locales);
export const OrganisationKindSchema = z.enum(organisationKinds);
export const EmailSchema = z.email('an e-mail address such as namn@kommun.se').max(320);
/** Long enough for any passphrase the policy accepts; the policy itself gives the reasons. */
export const PasswordSchema = z.string().max(1024);
/**
 * One line of text: no control characters and no lone surrogate halves. PostgreSQL cannot
 * store U+0000 at all, and the rest have no place in a name or a search term.
 */
export const singleLinePattern = /^[^\p{Cc}\p{Cs}]*$/u;
export const DisplayNameSchema = z
  .string()
  .trim()
  .min(1, 'a name')
  .max(200)
  .regex(singleLinePattern, 'a name without control characters');
/** Any text: a malformed token gets the same TOKEN_INVALID_OR_EXPIRED as an unknown one. */
export const TokenSchema = z.string().max(200);

export const SessionUserSchema = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  roles: z.array(RoleSchema),
  locale: LocaleSchema,
  organisation: z.object({ id: z.string(), name: z.string() }),
  municipality: z.object({ id: z.string(), code: z.string(), name: z.string() }),
});

export const DeliveredLinkSchema = z.object({
  link: z.string().nullable(),
  isEmailed: z.boolean(),
  expiresAt: z.string(),
});

export const NoContentSchema = z.null().describe('No content');
