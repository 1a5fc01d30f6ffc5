import { z } from 'zod';
import {
  ageGroups,
  agencies,
  caseStatuses,
  closingReasons,
  consentGivers,
  identityKinds,
  legalGrounds,
  planItemKinds,
  planItemStatuses,
  protectionNeeds,
} from '../../domain/interventions/intervention-case.js';
import {
  programmeKinds,
  programmeLimits,
  programmeStatuses,
  schoolLevels,
} from '../../domain/interventions/programme.js';
import { maxAssignedCaseworkers, maxGuardians } from '../../domain/interventions/case-fields.js';
import { DaySchema, nonBlankPattern, singleLinePattern } from '../shared.schema.js';

const Day = DaySchema('2026-03-10');
const Line = (max: number) =>
  z.string().max(max).regex(singleLinePattern, 'one line without control characters');
const hasNoNul = (text: string) => !text.includes('\u0000');
const Prose = (max: number) => z.string().max(max).refine(hasNoNul, 'text without NUL characters');
const Ids = z.array(z.uuid()).max(programmeLimits.links);

const StaffMemberSchema = z.object({
  name: Line(200).trim().min(1, 'a name'),
  role: Line(200),
});

const programmeFields = {
  description: Prose(5_000).optional(),
  ownerOrganisationId: z.uuid().nullable().optional(),
  ownerUserId: z
    .uuid()
    .nullable()
    .optional()
    .describe('A caseworker: reads every case and reviews nödåtkomst'),
  status: z.enum(programmeStatuses).optional(),
  plannedRestartOn: Day.nullable().optional(),
  startsOn: Day.nullable().optional(),
  endsOn: Day.nullable().optional(),
  schoolLevel: z.enum(schoolLevels).nullable().optional(),
  staffMembers: z.array(StaffMemberSchema).max(programmeLimits.staffMembers).optional(),
  measureIds: Ids.optional(),
  effortIds: Ids.optional(),
  partnerOrganisationIds: Ids.optional(),
};

export const CreateProgrammeSchema = z.object({
  kind: z.enum(programmeKinds),
  name: Line(200).trim().min(1, 'a name'),
  ...programmeFields,
});
export const UpdateProgrammeSchema = z.object({
  name: Line(200).trim().min(1, 'a name').optional(),
  ...programmeFields,
});

export const SuppressedCountSchema = z
  .object({ value: z.number().int().nullable(), isSuppressed: z.boolean() })
  .describe('A count about people: below 5 it is suppressed ("färre än 5") and value is null');

export const AggregatesSchema = z.object({
  programmeId: z.uuid(),
  participants: SuppressedCountSchema,
  open: SuppressedCountSchema,
  closed: SuppressedCountSchema,
  withGoalMet: SuppressedCountSchema,
  startedByYear: z.array(z.object({ year: z.number().int(), count: SuppressedCountSchema })),
});

export const ProgrammeSchema = z.object({
  id: z.uuid(),
  municipalityId: z.uuid(),
  kind: z.enum(programmeKinds),
  name: z.string(),
  description: z.string(),
  ownerOrganisationId: z.uuid().nullable(),
  ownerUserId: z.uuid().nullable(),
  status: z.enum(programmeStatuses),
  plannedRestartOn: z.string().nullable(),
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
  schoolLevel: z.enum(schoolLevels).nullable(),
  staffMembers: z.array(z.object({ name: z.string(), role: z.string() })),
  measureIds: z.array(z.uuid()),
  effortIds: z.array(z.uuid()),
  partnerOrganisationIds: z.array(z.uuid()),
  isSynthetic: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export const ProgrammeWithAggregatesSchema = ProgrammeSchema.extend({
  aggregates: AggregatesSchema,
});

const GuardianSchema = z.object({
  name: Line(200).trim().min(1, 'a name'),
  phone: Line(40).nullable().optional(),
});

export const OpenCaseSchema = z.object({
  programmeId: z.uuid(),
  identity: z.object({
    kind: z.enum(identityKinds),
    number: Line(20).nullable().optional().describe('Personnummer or samordningsnummer, 12 digits'),
    name: Line(200),
    guardians: z.array(GuardianSchema).max(maxGuardians).optional(),
  }),
  ageGroup: z.enum(ageGroups),
  protectionNeed: z.enum(protectionNeeds).nullable().optional(),
  threatAssessment: Prose(10_000).nullable().optional(),
  agreementSignedOn: Day.nullable().optional(),
  openedOn: Day.optional(),
  assignedUserIds: z.array(z.uuid()).max(maxAssignedCaseworkers).optional(),
});

export const UpdateCaseSchema = z.object({
  assignedUserIds: z.array(z.uuid()).max(maxAssignedCaseworkers).optional(),
  protectionNeed: z.enum(protectionNeeds).nullable().optional(),
  threatAssessment: Prose(10_000).nullable().optional(),
  agreementSignedOn: Day.nullable().optional(),
});

export const CloseCaseSchema = z.object({
  closingReason: z.enum(closingReasons),
  closedOn: Day.optional(),
});

export const SearchCasesSchema = z.object({
  kind: z.enum(['personnummer', 'samordningsnummer']),
  number: Line(20),
});

export const ConsentInputSchema = z.object({
  agency: z.enum(agencies),
  givenBy: z.enum(consentGivers),
  scope: Prose(2_000).nullable().optional(),
  givenOn: Day,
  expiresOn: Day.nullable().optional(),
});
export const WithdrawConsentSchema = z.object({ consentId: z.uuid() });

export const DisclosureInputSchema = z.object({
  recipientAgency: z.enum(agencies),
  legalGround: z.enum(legalGrounds),
  what: Prose(5_000).regex(nonBlankPattern, 'what was passed on'),
  disclosedOn: Day.optional(),
});

export const PlanItemInputSchema = z.object({
  planItemId: z.uuid().optional(),
  kind: z.enum(planItemKinds).optional(),
  text: Prose(2_000).optional(),
  responsible: Line(300).nullable().optional(),
  dueOn: Day.nullable().optional(),
  followUpOn: Day.nullable().optional(),
  status: z.enum(planItemStatuses).optional(),
});

export const NoteInputSchema = z.object({
  text: Prose(10_000).regex(nonBlankPattern, 'the note itself'),
});
export const EmergencyAccessInputSchema = z.object({
  reason: Prose(2_000).regex(nonBlankPattern, 'why the case must be opened'),
});

const CaseIdentitySchema = z.object({
  kind: z.enum(identityKinds),
  number: z.string().nullable(),
  name: z.string(),
  guardians: z.array(z.object({ name: z.string(), phone: z.string().nullable() })),
});

export const CaseSchema = z.object({
  id: z.uuid(),
  municipalityId: z.uuid(),
  programmeId: z.uuid(),
  programmeName: z.string(),
  identityKind: z.enum(identityKinds),
  identity: CaseIdentitySchema.nullable().describe('Null once erased by retention'),
  ageGroup: z.enum(ageGroups),
  protectionNeed: z.enum(protectionNeeds).nullable(),
  threatAssessment: z.string().nullable(),
  agreementSignedOn: z.string().nullable(),
  status: z.enum(caseStatuses),
  closingReason: z.enum(closingReasons).nullable(),
  openedOn: z.string(),
  closedOn: z.string().nullable(),
  isSynthetic: z.boolean(),
  erasedAt: z.string().nullable(),
  assignedUserIds: z.array(z.uuid()),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const ConsentSchema = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  agency: z.enum(agencies),
  givenBy: z.enum(consentGivers),
  scope: z.string().nullable(),
  givenOn: z.string(),
  expiresOn: z.string().nullable(),
  withdrawnAt: z.string().nullable(),
  recordedByUserId: z.uuid().nullable(),
  recordedAt: z.string(),
});
export const DisclosureSchema = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  recipientAgency: z.enum(agencies),
  legalGround: z.enum(legalGrounds),
  consentId: z.uuid().nullable(),
  what: z.string().nullable(),
  disclosedOn: z.string(),
  recordedByUserId: z.uuid().nullable(),
  recordedAt: z.string(),
});
export const PlanItemSchema = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  kind: z.enum(planItemKinds),
  text: z.string().nullable(),
  responsible: z.string().nullable(),
  dueOn: z.string().nullable(),
  followUpOn: z.string().nullable(),
  status: z.enum(planItemStatuses),
  position: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export const NoteSchema = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  text: z.string().nullable(),
  writtenByUserId: z.uuid().nullable(),
  writtenAt: z.string(),
});
export const CaseDetailSchema = CaseSchema.extend({
  via: z.enum(['assignment', 'programme_owner', 'emergency_access']),
  consents: z.array(ConsentSchema),
  planItems: z.array(PlanItemSchema),
  notes: z.array(NoteSchema),
  disclosures: z.array(DisclosureSchema),
});

export const SearchHitSchema = z.object({
  caseId: z.uuid(),
  programmeId: z.uuid(),
  isReadable: z.boolean(),
});

export const EmergencyAccessSchema = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  userId: z.uuid(),
  grantedAt: z.string(),
  expiresAt: z.string(),
  reviewedAt: z.string().nullable(),
  reviewedByUserId: z.uuid().nullable(),
});
export const EmergencyReviewSchema = EmergencyAccessSchema.extend({
  reason: z.string().nullable(),
  programmeId: z.uuid(),
  programmeName: z.string(),
  userDisplayName: z.string(),
});
export const ReviewedSchema = z.object({ id: z.uuid(), reviewedAt: z.string() });

export const AccessLogEntrySchema = z.object({
  at: z.string(),
  action: z.string(),
  outcome: z.string(),
  actorUserId: z.uuid().nullable(),
  actorDisplayName: z.string().nullable(),
  via: z.string().nullable(),
});

export const DueFollowUpSchema = z.object({
  caseId: z.uuid(),
  planItemId: z.uuid(),
  programmeId: z.uuid(),
  programmeName: z.string(),
  followUpOn: z.string(),
});
