import { z } from 'zod';
import {
  agreementKinds,
  agreementStatuses,
  commitmentStatuses,
} from '../../domain/agreements/agreement.js';
import { maxDocumentBytes } from '../../domain/agreements/signed-document.js';
import { DaySchema, nonBlankPattern, singleLinePattern } from '../shared.schema.js';

const Day = DaySchema('2015-10-12');
const Line = (max: number) =>
  z.string().max(max).regex(singleLinePattern, 'one line without control characters');
const hasNoNul = (text: string) => !text.includes('\u0000');
/** Text of several lines; PostgreSQL cannot store U+0000, nor has it a place in prose. */
const Prose = z.string().max(10_000).refine(hasNoNul, 'text without NUL characters');

export const AgreementKindSchema = z.enum(agreementKinds);

const PartyInputSchema = z.object({
  organisationId: z.uuid('an organisation of the municipality'),
  signatoryName: Line(200).optional(),
  signatoryTitle: Line(200).optional(),
});

export const CreateAgreementSchema = z.object({
  kind: AgreementKindSchema,
  title: Line(300).trim().min(1, 'a title'),
  summary: Prose.optional(),
  validFrom: Day.nullable().optional(),
  validUntil: Day.nullable().optional().describe('The last day in force, included'),
  signedOn: Day.nullable().optional().describe('Unsigned: a draft'),
  parties: z.array(PartyInputSchema).max(20).optional(),
});
export const UpdateAgreementSchema = CreateAgreementSchema.partial();

export const ListAgreementsQuerySchema = z.object({
  kind: AgreementKindSchema.optional(),
  status: z.enum(agreementStatuses).optional(),
});

export const CommitmentInputSchema = z.object({
  text: Prose.regex(nonBlankPattern, 'the commitment itself').optional(),
  responsibleOrganisationId: z.uuid().nullable().optional(),
  measureIds: z.array(z.uuid()).max(50).optional(),
  position: z.number().int().min(0).max(10_000).optional(),
});

export const FollowUpInputSchema = z.object({
  status: z.enum(commitmentStatuses),
  comment: Prose.optional(),
  followedUpOn: Day.optional(),
});

/** The signed PDF, base64-encoded: the API takes JSON only. */
export const DocumentUploadSchema = z.object({
  fileName: Line(255).trim().min(1, 'a file name'),
  contentBase64: z
    .string()
    .max(Math.ceil((maxDocumentBytes * 4) / 3) + 8)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64 without line breaks')
    .describe(`The PDF's bytes in base64; at most ${maxDocumentBytes / 1_048_576} MB`),
});

const PartySchema = z.object({
  organisationId: z.string(),
  organisationName: z.string(),
  signatoryName: z.string(),
  signatoryTitle: z.string(),
});

export const AgreementSchema = z.object({
  id: z.string(),
  kind: AgreementKindSchema,
  title: z.string(),
  summary: z.string(),
  validFrom: z.string().nullable(),
  validUntil: z.string().nullable(),
  signedOn: z.string().nullable(),
  parties: z.array(PartySchema),
  status: z.enum(agreementStatuses).describe('Derived from the dates; never stored'),
  hasDocument: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const LinkedMeasureSchema = z.object({
  id: z.string(),
  planId: z.string(),
  planTitle: z.string(),
  measure: z.string(),
});

export const CommitmentSchema = z.object({
  id: z.string(),
  agreementId: z.string(),
  text: z.string(),
  responsibleOrganisationId: z.string().nullable(),
  measureIds: z.array(z.string()),
  position: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const FollowUpSchema = z.object({
  id: z.string(),
  commitmentId: z.string(),
  followedUpOn: z.string(),
  status: z.enum(commitmentStatuses),
  comment: z.string(),
  recordedByName: z.string(),
  recordedAt: z.string(),
});

export const DocumentInfoSchema = z.object({
  fileName: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  uploadedAt: z.string(),
});

export const AgreementDetailSchema = AgreementSchema.extend({
  commitments: z.array(
    CommitmentSchema.extend({
      measures: z.array(LinkedMeasureSchema),
      followUps: z.array(FollowUpSchema).describe('Oldest first; never changed'),
    }),
  ),
  document: DocumentInfoSchema.nullable(),
});
