import { z } from 'zod';
import {
  defaultCaseNumberPattern,
  defaultPlanSettings,
  type PlanSettings,
} from './domain/plans/plan-status.js';
import { defaultRetentionSettings, type RetentionSettings } from './domain/retention/retention.js';

/** Every setting Tryggve reads, all from environment variables. Validated once, at start. */
const ConfigSchema = z.object({
  TRYGGVE_PORT: z.coerce
    .number({ message: 'a port number, 1–65535' })
    .int('a whole port number, 1–65535')
    .min(1, 'a port number, 1–65535')
    .max(65535, 'a port number, 1–65535')
    .default(3000),
  TRYGGVE_HOST: z
    .string()
    .min(1, 'an interface address such as 127.0.0.1 or 0.0.0.0')
    .default('127.0.0.1'),
  TRYGGVE_DATABASE_URL: z
    .string()
    .regex(
      /^(sqlite:.+|postgres(ql)?:\/\/.+)$/,
      'sqlite:<path> or postgres://user:password@host:port/database',
    )
    .default('sqlite:./data/tryggve.db'),
  TRYGGVE_DEMO: booleanSetting(true),
  TRYGGVE_INSTALLATION_ADMINS: z
    .string()
    .max(5000)
    .transform((value) =>
      value
        .split(',')
        .map((email) => email.trim())
        .filter((email) => email !== ''),
    )
    .pipe(z.array(z.email('e-mail addresses separated by commas')))
    .optional(),
  TRYGGVE_PUBLIC_URL: z.url('an absolute URL such as https://tryggve.kommun.se').optional(),
  TRYGGVE_SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/.+/, 'smtp://user:password@host:port or smtps://…')
    .optional(),
  TRYGGVE_MAIL_FROM: z
    .string()
    .min(3, 'a sender such as "Tryggve <tryggve@kommun.se>"')
    .default('Tryggve <no-reply@localhost>'),
  TRYGGVE_LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      message: 'one of fatal, error, warn, info, debug, trace, silent',
    })
    .default('info'),
  TRYGGVE_TRUST_PROXY: booleanSetting(false),
  TRYGGVE_SESSION_IDLE_MINUTES: positiveInteger(120),
  TRYGGVE_SESSION_MAX_HOURS: positiveInteger(12),
  TRYGGVE_LOGIN_MAX_ATTEMPTS: positiveInteger(10),
  TRYGGVE_LOGIN_LOCKOUT_MINUTES: positiveInteger(15),
  TRYGGVE_BASEMAP_TILES: z
    .url({ protocol: /^https?$/, message: 'an http(s) URL' })
    .refine(
      (url) => ['{z}', '{x}', '{y}'].every((part) => url.includes(part)),
      'a tile URL template with {z}, {x} and {y}, such as https://tiles.kommun.se/{z}/{x}/{y}.png',
    )
    .optional(),
  TRYGGVE_BASEMAP_ATTRIBUTION: z.string().max(300, 'at most 300 characters').optional(),
  TRYGGVE_CASE_NUMBER_PATTERN: z
    .string()
    .refine(
      isRegularExpression,
      'a regular expression for the diarienummer, such as [A-ZÅÄÖ]{1,6}-\\d{4}/\\d{1,6}(\\.\\d{1,6})*',
    )
    .default(defaultCaseNumberPattern),
  TRYGGVE_PLAN_EXPIRING_DAYS: positiveInteger(defaultPlanSettings.expiringDays),
  TRYGGVE_FOLLOW_UP_REMINDER_DAYS: positiveInteger(14),
  TRYGGVE_RETENTION_INCIDENT_TEXT_MONTHS: monthsOrNever(
    defaultRetentionSettings.incidentTextMonths,
  ),
  TRYGGVE_RETENTION_SIGNAL_TEXT_MONTHS: monthsOrNever(defaultRetentionSettings.signalTextMonths),
  TRYGGVE_BOLAGSVERKET_BASE_URL: z
    .url({ protocol: /^https?$/, message: 'an http(s) URL' })
    .optional(),
  TRYGGVE_BOLAGSVERKET_TOKEN_URL: z
    .url({ protocol: /^https?$/, message: 'an http(s) URL' })
    .optional(),
  TRYGGVE_BOLAGSVERKET_CLIENT_ID: z.string().optional(),
  TRYGGVE_BOLAGSVERKET_CLIENT_SECRET: z.string().optional(),
  TRYGGVE_BOLAGSVERKET_TIMEOUT_SECONDS: positiveInteger(10),
});

/** Bolagsverket's API settings: all four set, or none (issue 8). */
const bolagsverketSettingNames = [
  'TRYGGVE_BOLAGSVERKET_BASE_URL',
  'TRYGGVE_BOLAGSVERKET_TOKEN_URL',
  'TRYGGVE_BOLAGSVERKET_CLIENT_ID',
  'TRYGGVE_BOLAGSVERKET_CLIENT_SECRET',
] as const;

function isRegularExpression(pattern: string): boolean {
  try {
    new RegExp(pattern, 'u');
    return true;
  } catch {
    return false;
  }
}

function booleanSetting(defaultValue: boolean) {
  return z
    .enum(['true', 'false', '1', '0'], { message: 'true or false' })
    .default(defaultValue ? 'true' : 'false')
    .transform((value) => value === 'true' || value === '1');
}

function monthsOrNever(defaultValue: number) {
  return z.coerce
    .number({ message: 'a whole number of months, 0 to keep for ever' })
    .int('a whole number of months, 0 to keep for ever')
    .min(0, 'a whole number of months, 0 to keep for ever')
    .max(1200, 'at most 1200 months')
    .default(defaultValue);
}

function positiveInteger(defaultValue: number) {
  return z.coerce
    .number({ message: 'a whole number above 0' })
    .int('a whole number above 0')
    .positive('a whole number above 0')
    .default(defaultValue);
}

export interface Config {
  port: number;
  host: string;
  databaseUrl: string;
  isDemoEnabled: boolean;
  /** Who may create municipalities in the web app (TRYGGVE_INSTALLATION_ADMINS); empty: nobody. */
  installationAdminEmails: string[];
  publicUrl: string;
  isSecureCookie: boolean;
  smtpUrl: string | null;
  mailFrom: string;
  logLevel: string;
  isProxyTrusted: boolean;
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  loginMaxAttempts: number;
  loginLockoutMinutes: number;
  /** Raster tiles under the maps; null: the maps show only Tryggve's own layers (offline). */
  basemap: Basemap | null;
  /** Action plans: the diarienummer pattern and the expiring window (issue 5). */
  planSettings: PlanSettings;
  /** Days before a follow-up task's due day that its owner is reminded (issue 5). */
  followUpReminderDays: number;
  /** How long free text is kept before the retention job removes it (gallring). */
  retention: RetentionSettings;
  /** Bolagsverket's API (Värdefulla datamängder); null when not configured (issue 8). */
  bolagsverket: BolagsverketConfig | null;
}

export interface BolagsverketConfig {
  baseUrl: string;
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  timeoutMs: number;
}

export interface Basemap {
  /** An XYZ template: https://…/{z}/{x}/{y}.png. */
  tiles: string;
  attribution: string | null;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Reads the configuration from the environment. Empty variables count as unset.
 * @throws ConfigError listing every invalid setting and what would be valid.
 */
export function loadConfig(environment: NodeJS.ProcessEnv = process.env): Config {
  const relevant = Object.fromEntries(
    Object.entries(environment).filter(
      ([name, value]) => name.startsWith('TRYGGVE_') && value !== undefined && value !== '',
    ),
  );
  const parsed = ConfigSchema.safeParse(relevant);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = String(issue.path[0]);
        return `${name}=${JSON.stringify(relevant[name])}: expected ${issue.message}`;
      }),
    );
  }
  const settings = parsed.data;
  const bolagsverketSet = bolagsverketSettingNames.filter((name) => settings[name] !== undefined);
  if (bolagsverketSet.length > 0 && bolagsverketSet.length < bolagsverketSettingNames.length) {
    throw new ConfigError(
      bolagsverketSettingNames
        .filter((name) => settings[name] === undefined)
        .map(
          (name) =>
            `${name} is missing: the TRYGGVE_BOLAGSVERKET_* settings go together, all four or none`,
        ),
    );
  }
  const publicUrl = (
    settings.TRYGGVE_PUBLIC_URL ?? `http://localhost:${settings.TRYGGVE_PORT}`
  ).replace(/\/+$/, '');
  return {
    port: settings.TRYGGVE_PORT,
    host: settings.TRYGGVE_HOST,
    databaseUrl: settings.TRYGGVE_DATABASE_URL,
    isDemoEnabled: settings.TRYGGVE_DEMO,
    installationAdminEmails: settings.TRYGGVE_INSTALLATION_ADMINS ?? [],
    publicUrl,
    isSecureCookie: publicUrl.startsWith('https://'),
    smtpUrl: settings.TRYGGVE_SMTP_URL ?? null,
    mailFrom: settings.TRYGGVE_MAIL_FROM,
    logLevel: settings.TRYGGVE_LOG_LEVEL,
    isProxyTrusted: settings.TRYGGVE_TRUST_PROXY,
    sessionIdleMinutes: settings.TRYGGVE_SESSION_IDLE_MINUTES,
    sessionMaxHours: settings.TRYGGVE_SESSION_MAX_HOURS,
    loginMaxAttempts: settings.TRYGGVE_LOGIN_MAX_ATTEMPTS,
    loginLockoutMinutes: settings.TRYGGVE_LOGIN_LOCKOUT_MINUTES,
    basemap: settings.TRYGGVE_BASEMAP_TILES
      ? {
          tiles: settings.TRYGGVE_BASEMAP_TILES,
          attribution: settings.TRYGGVE_BASEMAP_ATTRIBUTION ?? null,
        }
      : null,
    planSettings: {
      caseNumberPattern: settings.TRYGGVE_CASE_NUMBER_PATTERN,
      expiringDays: settings.TRYGGVE_PLAN_EXPIRING_DAYS,
    },
    followUpReminderDays: settings.TRYGGVE_FOLLOW_UP_REMINDER_DAYS,
    retention: {
      incidentTextMonths: settings.TRYGGVE_RETENTION_INCIDENT_TEXT_MONTHS,
      signalTextMonths: settings.TRYGGVE_RETENTION_SIGNAL_TEXT_MONTHS,
    },
    bolagsverket:
      settings.TRYGGVE_BOLAGSVERKET_BASE_URL &&
      settings.TRYGGVE_BOLAGSVERKET_TOKEN_URL &&
      settings.TRYGGVE_BOLAGSVERKET_CLIENT_ID &&
      settings.TRYGGVE_BOLAGSVERKET_CLIENT_SECRET
        ? {
            baseUrl: settings.TRYGGVE_BOLAGSVERKET_BASE_URL,
            tokenUrl: settings.TRYGGVE_BOLAGSVERKET_TOKEN_URL,
            clientId: settings.TRYGGVE_BOLAGSVERKET_CLIENT_ID,
            clientSecret: settings.TRYGGVE_BOLAGSVERKET_CLIENT_SECRET,
            timeoutMs: settings.TRYGGVE_BOLAGSVERKET_TIMEOUT_SECONDS * 1000,
          }
        : null,
  };
}
