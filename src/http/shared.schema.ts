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
    })
    .meta({ pattern: supportedDayPattern, example });

/** A year the API takes, 1900–2200, as a pattern (kept equal to isSupportedYear by a test). */
export const supportedYearPattern = '(?:19[0-9]{2}|2[01][0-9]{2}|2200)';
const monthDay =
  '(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8]))';
const leapDay =
  '(?:(?:19|21)(?:0[48]|[2468][048]|[13579][26])|20(?:[02468][048]|[13579][26]))-02-29';
/** A real calendar day in the supported years: what the document says DaySchema accepts. */
export const supportedDayPattern = `^(?:${supportedYearPattern}-${monthDay}|${leapDay})$`;

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
/**
 * An address as the document states it: zod's own rule, with no domain label that starts or
 * ends with a hyphen (so the pattern and `format: email` say the same).
 */
export const emailPattern =
  /^(?!\.)(?!.*\.\.)([A-Za-z0-9_'+\-.]*)[A-Za-z0-9_+-]@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}$/;
export const EmailSchema = z
  .email({ pattern: emailPattern, message: 'an e-mail address such as namn@kommun.se' })
  .max(320);
/** Long enough for any passphrase the policy accepts; the policy itself gives the reasons. */
export const PasswordSchema = z.string().max(1024);
/**
 * One line of text: no control characters and no lone surrogate halves. PostgreSQL cannot
 * store U+0000 at all, and the rest have no place in a name or a search term.
 */
// Control characters are what the class names: the range is the rule, written portably.
// eslint-disable-next-line no-control-regex
export const singleLinePattern = /^[^\u0000-\u001F\u007F-\u009F\uD800-\uDFFF]*$/u;
/** Text with at least one character that is not white space (the server refuses blank text). */
export const nonBlankPattern = /\S/;
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
  /** Issue 17: a second factor to enrol or to enter before the session may do anything else. */
  pendingStep: z.enum(['enrol_second_factor', 'verify_second_factor']).nullable(),
});

export const DeliveredLinkSchema = z.object({
  link: z.string().nullable(),
  isEmailed: z.boolean(),
  expiresAt: z.string(),
});

export const NoContentSchema = z.null().describe('No content');

/** The bytes of a downloaded file. */
const FileSchema = z
  .custom<Uint8Array | string | NodeJS.ReadableStream>(() => true)
  .meta({ type: 'string', format: 'binary' });

/** A file download's 200 answer, with each media type it may have. */
export const fileResponse = (description: string, ...mediaTypes: string[]) => ({
  description,
  content: Object.fromEntries(mediaTypes.map((mediaType) => [mediaType, { schema: FileSchema }])),
});

const week = '(?:0[1-9]|[1-4][0-9]|5[0-3])';
const month = '(?:0[1-9]|1[0-2])';
const day = '[0-9]{4}-[0-9]{2}-[0-9]{2}';
/** Period keys by kind, as src/analysis/periods.ts parses them (a week 53 only where the year has one). */
export const periodKeyPatterns = {
  week: `^${supportedYearPattern}-W${week}$`,
  month: `^${supportedYearPattern}-${month}$`,
  tertial: `^${supportedYearPattern}-T[123]$`,
  year: `^${supportedYearPattern}$`,
  custom: `^${day}\\.\\.${day}$`,
} as const;
/** A key of any period kind: 2026-W48, 2026-11, 2026-T3, 2026 or 2026-11-01..2026-11-14. */
export const PeriodKeySchema = z
  .string()
  .max(40)
  .regex(
    new RegExp(
      `^(?:${Object.values(periodKeyPatterns)
        .map((pattern) => pattern.slice(1, -1))
        .join('|')})$`,
    ),
    'a period key such as 2026-W48, 2026-11, 2026-T3, 2026 or 2026-11-01..2026-11-14',
  )
  .describe('2026-W48, 2026-11, 2026-T3, 2026 or 2026-11-01..2026-11-14');
/** An ISO week key such as 2026-W48. */
export const WeekKeySchema = z
  .string()
  .max(10)
  .regex(new RegExp(periodKeyPatterns.week), 'an ISO week such as 2026-W48')
  .describe('An ISO week: 2026-W48');
