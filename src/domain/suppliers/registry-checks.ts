import type { CheckKind, CheckResult } from './check.js';
import type { CompanyRecord, CompanyStatus } from './company-registry.js';
import { DomainError, type ErrorCode } from '../errors.js';

/** One check read from a registry record, before it is stored. */
interface RegistryFinding {
  kind: CheckKind;
  result: CheckResult;
  summary: string;
}

const statusResult: Record<CompanyStatus, CheckResult> = {
  active: 'ok',
  bankruptcy: 'failed',
  liquidation: 'failed',
  deregistered: 'failed',
  reconstruction: 'remark',
  merger: 'remark',
  unknown: 'remark',
};

/** The status in the words the procurement file uses. */
const statusWords: Record<CompanyStatus, string> = {
  active: 'aktivt',
  bankruptcy: 'i konkurs',
  liquidation: 'i likvidation',
  deregistered: 'avregistrerat',
  reconstruction: 'i rekonstruktion',
  merger: 'under fusion',
  unknown: 'status okänd',
};

const registrationKinds = [
  ['f_tax', 'isFTaxRegistered', 'F-skatt'],
  ['vat', 'isVatRegistered', 'moms'],
  ['employer_registration', 'isEmployerRegistered', 'arbetsgivare'],
] as const;

/**
 * The checks a registry record answers: the registration and its status always; the board
 * and signatories, and the registrations with Skatteverket, when the source carries them.
 * The summaries are short Swedish facts, as they go into the procurement file.
 */
export function findingsOf(record: CompanyRecord): RegistryFinding[] {
  const findings: RegistryFinding[] = [
    {
      kind: 'company_registration',
      result: statusResult[record.status],
      summary: [
        `${record.name}: ${statusWords[record.status]}`,
        record.statusSince ? `sedan ${record.statusSince}` : null,
        record.registeredOn ? `registrerat ${record.registeredOn}` : null,
        record.legalForm,
      ]
        .filter(Boolean)
        .join('; '),
    },
  ];
  if (record.officers !== null) {
    const changes = (record.recentChanges ?? []).length;
    findings.push({
      kind: 'board_and_signatories',
      result: record.officers.length === 0 ? 'remark' : 'ok',
      summary: `${record.officers.length} ${record.officers.length === 1 ? 'funktionär' : 'funktionärer'}; ${changes} ${changes === 1 ? 'ändring' : 'ändringar'} på senare tid`,
    });
  }
  for (const [kind, field, label] of registrationKinds) {
    const value = record[field];
    if (value === null) continue;
    findings.push({
      kind,
      result: value ? 'ok' : 'failed',
      summary: value ? `registrerat för ${label}` : `inte registrerat för ${label}`,
    });
  }
  return findings;
}

const failureCodes: Record<string, ErrorCode> = {
  REGISTRY_UNAVAILABLE: 'REGISTRY_UNAVAILABLE',
  REGISTRY_RATE_LIMITED: 'REGISTRY_RATE_LIMITED',
  REGISTRY_TIMEOUT: 'REGISTRY_TIMEOUT',
  REGISTRY_UNAUTHORISED: 'REGISTRY_UNAUTHORISED',
  REGISTRY_BAD_RESPONSE: 'REGISTRY_BAD_RESPONSE',
};

/** Seconds to wait before trying again, when the source said none. */
const defaultWait: Partial<Record<ErrorCode, number>> = {
  REGISTRY_RATE_LIMITED: 60,
  REGISTRY_TIMEOUT: 30,
  REGISTRY_UNAVAILABLE: 60,
};

const failureMessages: Partial<Record<ErrorCode, string>> = {
  REGISTRY_RATE_LIMITED: 'The registry asks us to slow down. Try again after the wait given.',
  REGISTRY_TIMEOUT: 'The registry did not answer in time. Try again after the wait given.',
  REGISTRY_UNAVAILABLE: 'The registry cannot be reached. Try again after the wait given.',
  REGISTRY_UNAUTHORISED:
    'The registry refused our credentials. Ask the administrator to check the configuration.',
  REGISTRY_BAD_RESPONSE:
    'The registry answered with something we could not read. Try again later, or record the check by hand.',
};

/** A lookup that failed, as the error the caller sees: a stable code and the wait, if any. */
export function registryFailure(reason: string, retryAfterSeconds: number | null): DomainError {
  const code = failureCodes[reason] ?? 'REGISTRY_UNAVAILABLE';
  const wait = retryAfterSeconds ?? defaultWait[code] ?? null;
  return new DomainError(code, failureMessages[code] ?? 'The registry could not answer.', {
    retryAfterSeconds: wait,
  });
}
