import { isIP } from 'node:net';
import { z } from 'zod';
import {
  defaultCaseNumberPattern,
  defaultPlanSettings,
  type PlanSettings,
} from './domain/plans/plan-status.js';
import { defaultRetentionSettings, type RetentionSettings } from './domain/retention/retention.js';
import { parseCaseKeys, type CaseKeys } from './domain/interventions/case-cipher.js';
import { defaultEmergencyAccessHours } from './domain/interventions/request-emergency-access.js';

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
  TRYGGVE_TRUST_PROXY: trustedProxies(),
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
  TRYGGVE_WORKER_THREADS: positiveInteger(2),
  TRYGGVE_WORKER_QUEUE: positiveInteger(8),
  TRYGGVE_WORKER_TIMEOUT_SECONDS: positiveInteger(600),
  TRYGGVE_AUDIT_CHECKPOINT_KEY: z
    .string()
    .min(
      32,
      'a secret of at least 32 characters (e.g. openssl rand -hex 32), kept outside the database',
    )
    .optional(),
  TRYGGVE_SECRETS_KEY: z
    .string()
    .regex(
      /^[0-9a-fA-F]{64}$/,
      '64 hexadecimal characters (openssl rand -hex 32), kept outside the database',
    )
    .optional(),
  TRYGGVE_REQUIRE_SECOND_FACTOR: booleanSetting(true),
  TRYGGVE_RETENTION_CASE_RECORDS_MONTHS: monthsOrNever(
    defaultRetentionSettings.caseRecordsMonths ?? 60,
  ),
  TRYGGVE_CASE_KEYS: z
    .string()
    .optional()
    .describe('id:base64 of 32 bytes, newest first, separated by commas'),
  TRYGGVE_CASE_SEARCH_KEY: z.string().optional(),
  TRYGGVE_EMERGENCY_ACCESS_HOURS: positiveInteger(defaultEmergencyAccessHours),
  TRYGGVE_AUDIT_CHECKPOINT_DIR: z
    .string()
    .min(1, 'a folder outside the database for the signed audit checkpoints')
    .optional(),
});

/** Settings whose value is never repeated in an error message. */
const secretSettings = new Set([
  'TRYGGVE_AUDIT_CHECKPOINT_KEY',
  'TRYGGVE_SECRETS_KEY',
  'TRYGGVE_CASE_KEYS',
  'TRYGGVE_CASE_SEARCH_KEY',
]);

/** Bolagsverket's API settings: all four set, or none (issue 8). */
const bolagsverketSettingNames = [
  'TRYGGVE_BOLAGSVERKET_BASE_URL',
  'TRYGGVE_BOLAGSVERKET_TOKEN_URL',
  'TRYGGVE_BOLAGSVERKET_CLIENT_ID',
  'TRYGGVE_BOLAGSVERKET_CLIENT_SECRET',
] as const;

/** The case keys, both settings or neither; a malformed key is named without repeating it. */
function readCaseKeys(sealing: string | undefined, search: string | undefined): CaseKeys | null {
  if (sealing === undefined && search === undefined) return null;
  if (sealing === undefined || search === undefined) {
    throw new ConfigError([
      'TRYGGVE_CASE_KEYS and TRYGGVE_CASE_SEARCH_KEY go together: set both (openssl rand -base64 32) or neither',
    ]);
  }
  const parsed = parseCaseKeys(sealing, search);
  if ('problem' in parsed) {
    throw new ConfigError([
      `TRYGGVE_CASE_KEYS/TRYGGVE_CASE_SEARCH_KEY=(hidden): expected ${parsed.problem}`,
    ]);
  }
  return parsed.keys;
}

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

/**
 * Which proxies' X-Forwarded-For to believe: none (false), or the proxies' addresses and
 * networks (10.0.0.5,10.0.1.0/24, or loopback, linklocal, uniquelocal). "true" would believe
 * a header any client can write, and a hop count cannot tell the proxy from a client that
 * connects directly (Fastify 5 ignores one), so both are refused with what to write instead.
 */
function trustedProxies() {
  const expected =
    'false, or the addresses and networks of the proxies in front of Tryggve separated by commas (such as 10.0.0.5,10.0.1.0/24 or loopback); "true" or a number of hops would believe an X-Forwarded-For header any client can write';
  return z
    .string()
    .default('false')
    .transform((value, context): TrustProxy => {
      const trimmed = value.trim();
      if (trimmed === 'false' || trimmed === '0') return false;
      const entries = trimmed.split(',').map((entry) => entry.trim());
      if (entries.every(isProxyAddress)) return entries;
      context.addIssue({ code: 'custom', message: expected });
      return z.NEVER;
    });
}

const proxyKeywords = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** An IP address, a network in CIDR notation, or one of proxy-addr's named ranges. */
function isProxyAddress(entry: string): boolean {
  if (proxyKeywords.has(entry)) return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128);
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
  /** Whose X-Forwarded-For to believe: nobody's, or these proxies' (Fastify's trustProxy). */
  trustProxy: TrustProxy;
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
  /** Threads for heavy work, waiting tasks at most, and each task's time limit (issue 20). */
  workers: { threads: number; maxQueue: number; taskTimeoutMs: number };
  /** Signs the audit log's daily checkpoints (issue 20); null: none are signed (dev, demo). */
  auditCheckpointKey: string | null;
  /**
   * Seal case records of individual interventions (issue 14): null when TRYGGVE_CASE_KEYS and
   * TRYGGVE_CASE_SEARCH_KEY are not set, and then no case can be opened.
   */
  caseKeys: CaseKeys | null;
  /** Hours a nödåtkomst to a case lasts. */
  emergencyAccessHours: number;
  /** Where the signed checkpoints are also written, outside the database; null: only inside. */
  auditCheckpointDirectory: string | null;
  /** Seals providers' client secrets and TOTP seeds at rest (issue 17); null: neither can be set. */
  secretsKey: Uint8Array | null;
  /** Whether municipalities created from now on require a second factor (issue 17). */
  isSecondFactorRequiredByDefault: boolean;
}

/** false: the socket's address counts; a list: X-Forwarded-For is believed from these proxies. */
export type TrustProxy = false | string[];

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
        const value = secretSettings.has(name) ? '(hidden)' : JSON.stringify(relevant[name]);
        return `${name}=${value}: expected ${issue.message}`;
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
  const caseKeys = readCaseKeys(settings.TRYGGVE_CASE_KEYS, settings.TRYGGVE_CASE_SEARCH_KEY);
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
    trustProxy: settings.TRYGGVE_TRUST_PROXY,
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
      caseRecordsMonths: settings.TRYGGVE_RETENTION_CASE_RECORDS_MONTHS,
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
    workers: {
      threads: settings.TRYGGVE_WORKER_THREADS,
      maxQueue: settings.TRYGGVE_WORKER_QUEUE,
      taskTimeoutMs: settings.TRYGGVE_WORKER_TIMEOUT_SECONDS * 1000,
    },
    auditCheckpointKey: settings.TRYGGVE_AUDIT_CHECKPOINT_KEY ?? null,
    caseKeys,
    emergencyAccessHours: settings.TRYGGVE_EMERGENCY_ACCESS_HOURS,
    auditCheckpointDirectory: settings.TRYGGVE_AUDIT_CHECKPOINT_DIR ?? null,
    secretsKey: settings.TRYGGVE_SECRETS_KEY
      ? Uint8Array.from(Buffer.from(settings.TRYGGVE_SECRETS_KEY, 'hex'))
      : null,
    isSecondFactorRequiredByDefault: settings.TRYGGVE_REQUIRE_SECOND_FACTOR,
  };
}
