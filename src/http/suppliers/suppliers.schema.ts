import { z } from 'zod';
import {
  checkKinds,
  checkResults,
  checkSources,
  manualCheckSources,
  matchReviewDecisions,
} from '../../domain/suppliers/check.js';
import { decisionKinds } from '../../domain/suppliers/contract.js';
import { evidenceMaxBytes } from '../../domain/suppliers/evidence-file.js';
import {
  overallRiskLevels,
  redFlagRules,
  riskLevels,
} from '../../domain/suppliers/red-flags/red-flag.js';
import { DaySchema, singleLinePattern } from '../shared.schema.js';
import {
  earliestSupportedYear,
  isSupportedYear,
  latestSupportedYear,
} from '../../shared/time/supported-dates.js';

/** The supplier vetting API (issue 8). */

const Day = DaySchema('2026-11-27');
const Line = (max: number) =>
  z.string().trim().max(max).regex(singleLinePattern, 'one line without control characters');
const RequiredLine = (max: number, message: string) => Line(max).min(1, message);
const Text = (max: number) => z.string().trim().max(max);
const NullableLine = (max: number) =>
  Line(max)
    .nullable()
    .transform((value) => (value === '' ? null : value));

export const AddressSchema = z.object({
  careOf: NullableLine(200),
  street: NullableLine(200),
  postalCode: NullableLine(20),
  city: NullableLine(100),
});

export const BeneficialOwnerSchema = z.object({
  name: RequiredLine(200, 'a name'),
  birthDate: z
    .string()
    .regex(/^\d{4}(-\d{2}-\d{2})?$/, 'a year or a day such as 1970-01-31')
    .refine(
      (value) => isSupportedYear(Number(value.slice(0, 4))),
      `a year from ${earliestSupportedYear} to ${latestSupportedYear}`,
    )
    .nullable()
    .default(null),
  identifier: NullableLine(64).default(null),
  countries: z
    .array(z.string().regex(/^[a-z]{2}$/, 'a country code such as se'))
    .max(10)
    .default([]),
});

const LegalFormLabelSchema = z.object({ sv: z.string(), en: z.string() });

export const SupplierSchema = z.object({
  id: z.string(),
  organisationNumber: z.string(),
  vatNumber: z.string(),
  legalForm: z.string(),
  legalFormLabel: LegalFormLabelSchema,
  isSoleTrader: z.boolean(),
  name: z.string(),
  address: z
    .object({
      careOf: z.string().nullable(),
      street: z.string().nullable(),
      postalCode: z.string().nullable(),
      city: z.string().nullable(),
    })
    .nullable(),
  phone: z.string().nullable(),
  beneficialOwners: z.array(
    z.object({
      name: z.string(),
      birthDate: z.string().nullable(),
      identifier: z.string().nullable(),
      countries: z.array(z.string()),
    }),
  ),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const DecisionSchema = z.object({
  id: z.string(),
  supplierId: z.string(),
  contractId: z.string().nullable(),
  decision: z.enum(decisionKinds),
  note: z.string(),
  decidedByUserId: z.string().nullable(),
  decidedAt: z.string(),
});

export const SupplierSummarySchema = SupplierSchema.extend({
  contractCount: z.number().int(),
  latestDecision: DecisionSchema.nullable(),
  overdueCheckCount: z.number().int(),
  dueCheckCount: z.number().int(),
  riskLevel: z.enum(overallRiskLevels),
});

export const RegisterSupplierSchema = z.object({
  organisationNumber: z.string().trim().min(1, 'an organisation number').max(20),
  name: RequiredLine(200, 'the name'),
  address: AddressSchema.nullable().optional(),
  phone: NullableLine(40).optional(),
  beneficialOwners: z.array(BeneficialOwnerSchema).max(50).optional(),
});

export const UpdateSupplierSchema = RegisterSupplierSchema.omit({ organisationNumber: true })
  .partial()
  .strict()
  .refine((changes) => Object.keys(changes).length > 0, 'name at least one field to change')
  .meta({ minProperties: 1 });

export const ListSuppliersQuerySchema = z.object({ q: Line(100).optional() });

export const ContractSchema = z.object({
  id: z.string(),
  supplierId: z.string(),
  supplierName: z.string(),
  procurementReference: z.string(),
  title: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  valueSek: z.number(),
  responsibleUnit: z.string(),
  responsibleOfficerUserId: z.string().nullable(),
  subcontractorIds: z.array(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const ProgrammeItemSchema = z.object({
  checkKind: z.enum(checkKinds),
  intervalMonths: z.number().int().min(1).max(60).nullable(),
  responsibleUserId: z.uuid().nullable().default(null),
});

export const DueCheckSchema = z.object({
  contractId: z.string(),
  contractTitle: z.string(),
  procurementReference: z.string(),
  supplierId: z.string(),
  supplierName: z.string(),
  checkKind: z.enum(checkKinds),
  responsibleUserId: z.string().nullable(),
  dueOn: z.string(),
  lastCheckedOn: z.string().nullable(),
  status: z.enum(['overdue', 'due', 'scheduled']),
  days: z.number().int(),
});

export const ContractDetailSchema = z.object({
  contract: ContractSchema,
  programme: z.array(
    z.object({
      checkKind: z.enum(checkKinds),
      intervalMonths: z.number().int().nullable(),
      responsibleUserId: z.string().nullable(),
    }),
  ),
  due: z.array(DueCheckSchema),
});

const Programme = z
  .array(ProgrammeItemSchema)
  .max(checkKinds.length)
  .refine(
    (items) => new Set(items.map((item) => item.checkKind)).size === items.length,
    'each kind of check once',
  )
  // The same rule for the document: each kind at most once in the list.
  .meta({
    allOf: checkKinds.map((kind) => ({
      contains: { type: 'object', properties: { checkKind: { const: kind } } },
      minContains: 0,
      maxContains: 1,
    })),
  });

const ContractFields = z.object({
  procurementReference: RequiredLine(100, 'the procurement reference'),
  title: RequiredLine(300, 'a title'),
  startsOn: Day,
  endsOn: Day,
  valueSek: z.number().int().min(0).max(1e15),
  responsibleUnit: RequiredLine(200, 'the responsible unit'),
  responsibleOfficerUserId: z.uuid().nullable().optional(),
  subcontractorIds: z.array(z.uuid()).max(100).optional(),
});

export const CreateContractSchema = ContractFields.extend({
  supplierId: z.uuid(),
  programme: Programme.optional(),
});

export const UpdateContractSchema = ContractFields.partial()
  .strict()
  .refine((changes) => Object.keys(changes).length > 0, 'name at least one field to change')
  .meta({ minProperties: 1 });

export const ReplaceProgrammeSchema = z.object({ items: Programme });

export const ListContractsQuerySchema = z.object({ supplierId: z.uuid().optional() });

export const EvidenceSchema = z.object({
  id: z.string(),
  fileName: z.string(),
  contentType: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  createdAt: z.string(),
});

const FeatureSchema = z.object({ feature: z.string(), weight: z.number(), detail: z.string() });

export const SanctionsMatchSchema = z.object({
  id: z.string(),
  subjectKey: z.string(),
  subjectName: z.string(),
  entityId: z.string(),
  caption: z.string(),
  schema: z.string(),
  datasets: z.array(z.string()),
  score: z.number(),
  features: z.array(FeatureSchema),
  review: z
    .object({
      decision: z.enum(matchReviewDecisions),
      comment: z.string(),
      decidedByUserId: z.string().nullable(),
      decidedAt: z.string(),
    })
    .nullable(),
});

export const CheckSchema = z.object({
  id: z.string(),
  supplierId: z.string(),
  contractId: z.string().nullable(),
  kind: z.enum(checkKinds),
  source: z.enum(checkSources),
  checkedOn: z.string(),
  result: z.enum(checkResults),
  summary: z.string(),
  evidence: EvidenceSchema.nullable(),
  performedByUserId: z.string().nullable(),
  createdAt: z.string(),
  /** The registry's record as the domain reads it (CompanyRecord). */
  registryRecord: z.record(z.string(), z.unknown()).nullable(),
  matches: z.array(SanctionsMatchSchema),
});

/** The largest extract accepted (10 MB of file), sent as base64 (4/3 of it) in JSON. */
export const evidenceBodyLimit = Math.ceil((evidenceMaxBytes * 4) / 3) + 65_536;

export const RecordManualCheckSchema = z.object({
  kind: z.enum(checkKinds),
  source: z.enum(manualCheckSources),
  checkedOn: Day,
  result: z.enum(checkResults),
  summary: Text(4000).min(1, 'say what the check showed'),
  contractId: z.uuid().nullable().optional(),
  evidence: z
    .object({
      fileName: RequiredLine(200, 'the file name'),
      contentBase64: z
        .string()
        .min(1, 'the file')
        .max(Math.ceil((evidenceMaxBytes * 4) / 3) + 4)
        .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'the file in base64'),
    })
    .nullable()
    .optional(),
});

export const RunCheckSchema = z.object({ contractId: z.uuid().nullable().optional() });

export const ReviewMatchSchema = z.object({
  decision: z.enum(matchReviewDecisions),
  comment: Text(4000).min(1, 'say why'),
});

export const RecordDecisionSchema = z.object({
  decision: z.enum(decisionKinds),
  note: Text(8000).min(1, 'a note on the decision'),
  contractId: z.uuid().nullable().optional(),
});

export const RiskSchema = z.object({
  level: z.enum(overallRiskLevels),
  flags: z.array(
    z.object({
      rule: z.enum(redFlagRules),
      level: z.enum(riskLevels),
      reason: z.string(),
      params: z.record(z.string(), z.union([z.string(), z.number()])),
    }),
  ),
  basedOn: z.object({
    registryCheckedOn: z.string().nullable(),
    sanctionsCheckedOn: z.string().nullable(),
  }),
});

export const SupplierDetailSchema = z.object({
  supplier: SupplierSchema,
  contracts: z.array(ContractSchema),
  subcontractorOf: z.array(ContractSchema),
});

export const SupplierParamsSchema = z.object({ id: z.uuid('an id in UUID form') });
