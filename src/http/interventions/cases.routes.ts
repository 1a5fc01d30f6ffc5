import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { addCaseNote } from '../../domain/interventions/add-note.js';
import { closeInterventionCase } from '../../domain/interventions/close-case.js';
import { getInterventionCase } from '../../domain/interventions/get-case.js';
import { listDueCaseFollowUps } from '../../domain/interventions/list-due-follow-ups.js';
import { listCaseAccessLog } from '../../domain/interventions/list-case-access-log.js';
import { listEmergencyAccessReviews } from '../../domain/interventions/list-emergency-access-reviews.js';
import { listMyInterventionCases } from '../../domain/interventions/list-my-cases.js';
import { openInterventionCase } from '../../domain/interventions/open-case.js';
import { recordConsent } from '../../domain/interventions/record-consent.js';
import { recordDisclosure } from '../../domain/interventions/record-disclosure.js';
import { requestEmergencyAccess } from '../../domain/interventions/request-emergency-access.js';
import { reviewEmergencyAccess } from '../../domain/interventions/review-emergency-access.js';
import { savePlanItem } from '../../domain/interventions/save-plan-item.js';
import { searchInterventionCases } from '../../domain/interventions/search-cases.js';
import { updateInterventionCase } from '../../domain/interventions/update-case.js';
import { withdrawConsent } from '../../domain/interventions/withdraw-consent.js';
import { mayFailWith } from '../error-responses.js';
import type { RouteContext } from '../route-context.js';
import { requires } from '../route-permission.js';
import { requireActor } from '../session-plugin.js';
import { IdParamsSchema } from '../shared.schema.js';
import {
  AccessLogEntrySchema,
  CaseDetailSchema,
  CaseSchema,
  CloseCaseSchema,
  DueFollowUpSchema,
  ConsentInputSchema,
  ConsentSchema,
  DisclosureInputSchema,
  DisclosureSchema,
  EmergencyAccessInputSchema,
  EmergencyAccessSchema,
  EmergencyReviewSchema,
  NoteInputSchema,
  NoteSchema,
  OpenCaseSchema,
  PlanItemInputSchema,
  PlanItemSchema,
  ReviewedSchema,
  SearchCasesSchema,
  SearchHitSchema,
  UpdateCaseSchema,
  WithdrawConsentSchema,
} from './interventions.schema.js';

const work = (action: string) => requires('intervention.work_cases', action);
/** Every case route needs the keys; a case of no one the caller may read answers NOT_FOUND. */
const caseErrors = ['CASE_KEYS_NOT_CONFIGURED'] as const;

/**
 * Cases of individual interventions (issue 14), for caseworkers: each case only for its
 * assigned caseworkers, the programme owner and a time-limited nödåtkomst; to anyone else a
 * case answers as one that does not exist. Every read is in the audit chain.
 */
export const interventionCaseRoutes: FastifyPluginAsync<RouteContext> = async (
  plugin,
  { deps },
) => {
  const app = plugin.withTypeProvider<ZodTypeProvider>();
  const tags = ['Individinsatser: ärenden'];

  app.get(
    '/api/intervention-cases',
    {
      config: { ...work('intervention.case_list'), ...mayFailWith(...caseErrors) },
      schema: {
        tags,
        summary: "The caller's cases: assigned, or of a programme the caller owns",
        response: { 200: CaseSchema.array() },
      },
    },
    async (request) => listMyInterventionCases(deps, requireActor(request)),
  );

  app.post(
    '/api/intervention-cases',
    {
      config: { ...work('intervention.case_open'), ...mayFailWith('CASE_INVALID', ...caseErrors) },
      schema: {
        tags,
        summary: 'Open a case for a participant; the caller is assigned',
        body: OpenCaseSchema,
        response: { 201: CaseSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await openInterventionCase(deps, requireActor(request), request.body)),
  );

  app.post(
    '/api/intervention-cases/search',
    {
      config: {
        ...work('intervention.case_search'),
        ...mayFailWith('CASE_INVALID', ...caseErrors),
      },
      schema: {
        tags,
        summary: 'Find the cases of a personnummer or samordningsnummer (by its keyed hash)',
        body: SearchCasesSchema,
        response: { 200: SearchHitSchema.array() },
      },
    },
    async (request) => searchInterventionCases(deps, requireActor(request), request.body),
  );

  app.get(
    '/api/intervention-cases/:id',
    {
      config: { ...work('intervention.case_read'), ...mayFailWith(...caseErrors) },
      schema: {
        tags,
        summary: 'One case with consents, plan, notes and disclosures (the read is audited)',
        params: IdParamsSchema,
        response: { 200: CaseDetailSchema },
      },
    },
    async (request) => getInterventionCase(deps, requireActor(request), request.params.id),
  );

  app.patch(
    '/api/intervention-cases/:id',
    {
      config: {
        ...work('intervention.case_update'),
        ...mayFailWith('CASE_INVALID', 'CASE_CLOSED', ...caseErrors),
      },
      schema: {
        tags,
        summary: 'Change assigned caseworkers, threat, protection need, agreement',
        params: IdParamsSchema,
        body: UpdateCaseSchema,
        response: { 200: CaseSchema },
      },
    },
    async (request) =>
      updateInterventionCase(deps, requireActor(request), request.params.id, request.body),
  );

  app.post(
    '/api/intervention-cases/:id/close',
    {
      config: {
        ...work('intervention.case_close'),
        ...mayFailWith('CASE_INVALID', 'CASE_CLOSED', ...caseErrors),
      },
      schema: {
        tags,
        summary: 'Close a case with its reason',
        params: IdParamsSchema,
        body: CloseCaseSchema,
        response: { 200: CaseSchema },
      },
    },
    async (request) =>
      closeInterventionCase(deps, requireActor(request), request.params.id, request.body),
  );

  app.post(
    '/api/intervention-cases/:id/consents',
    {
      config: {
        ...work('intervention.consent_record'),
        ...mayFailWith('CASE_INVALID', 'CASE_CLOSED', ...caseErrors),
      },
      schema: {
        tags,
        summary: 'Record a consent to share with one agency',
        params: IdParamsSchema,
        body: ConsentInputSchema,
        response: { 201: ConsentSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await recordConsent(deps, requireActor(request), request.params.id, request.body)),
  );

  app.post(
    '/api/intervention-cases/:id/consents/withdraw',
    {
      config: { ...work('intervention.consent_withdraw'), ...mayFailWith(...caseErrors) },
      schema: {
        tags,
        summary: 'Withdraw a consent: sharing with that agency stops at once',
        params: IdParamsSchema,
        body: WithdrawConsentSchema,
        response: { 200: ConsentSchema },
      },
    },
    async (request) =>
      withdrawConsent(deps, requireActor(request), request.params.id, request.body.consentId),
  );

  app.post(
    '/api/intervention-cases/:id/disclosures',
    {
      config: {
        ...work('intervention.disclosure_record'),
        ...mayFailWith('CONSENT_NOT_COVERING', ...caseErrors),
      },
      schema: {
        tags,
        summary:
          'Record information passed to an agency; refused unless a consent in force or the 2013 rule covers it',
        params: IdParamsSchema,
        body: DisclosureInputSchema,
        response: { 201: DisclosureSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await recordDisclosure(deps, requireActor(request), request.params.id, request.body)),
  );

  app.post(
    '/api/intervention-cases/:id/plan-items',
    {
      config: {
        ...work('intervention.plan_save'),
        ...mayFailWith('CASE_INVALID', 'CASE_CLOSED', ...caseErrors),
      },
      schema: {
        tags,
        summary: 'Add a goal or intervention to the individual plan, or change one (planItemId)',
        params: IdParamsSchema,
        body: PlanItemInputSchema,
        response: { 200: PlanItemSchema },
      },
    },
    async (request) => savePlanItem(deps, requireActor(request), request.params.id, request.body),
  );

  app.post(
    '/api/intervention-cases/:id/notes',
    {
      config: { ...work('intervention.note_add'), ...mayFailWith(...caseErrors) },
      schema: {
        tags,
        summary: 'Add a note to the case',
        params: IdParamsSchema,
        body: NoteInputSchema,
        response: { 201: NoteSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await addCaseNote(deps, requireActor(request), request.params.id, request.body)),
  );

  app.post(
    '/api/intervention-cases/:id/emergency-access',
    {
      config: {
        ...work('intervention.emergency_access'),
        ...mayFailWith('CASE_INVALID', ...caseErrors),
      },
      schema: {
        tags,
        summary:
          'Nödåtkomst: open a case one is not assigned to, for a limited time, with a reason',
        params: IdParamsSchema,
        body: EmergencyAccessInputSchema,
        response: { 201: EmergencyAccessSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await requestEmergencyAccess(
            deps,
            requireActor(request),
            request.params.id,
            request.body,
          ),
        ),
  );

  app.get(
    '/api/intervention-cases/:id/access-log',
    {
      config: { ...work('intervention.case_access_log'), ...mayFailWith(...caseErrors) },
      schema: {
        tags,
        summary: "The case's own access log from the audit chain, for its caseworkers and owner",
        params: IdParamsSchema,
        response: { 200: AccessLogEntrySchema.array() },
      },
    },
    async (request) => listCaseAccessLog(deps, requireActor(request), request.params.id),
  );

  app.get(
    '/api/intervention-follow-ups',
    {
      // Everyone's "Mina uppgifter" asks; only a caseworker has any.
      config: requires('follow_up.report', 'intervention.follow_up_list'),
      schema: {
        tags,
        summary:
          "Follow-ups of individual plans due within two weeks on the caller's own cases (no identity)",
        response: { 200: DueFollowUpSchema.array() },
      },
    },
    async (request) => listDueCaseFollowUps(deps, requireActor(request)),
  );

  app.get(
    '/api/intervention-reviews',
    {
      config: { ...work('intervention.emergency_review_list'), ...mayFailWith(...caseErrors) },
      schema: {
        tags,
        summary: "The week's nödåtkomst to cases of programmes the caller owns, for review",
        response: { 200: EmergencyReviewSchema.array() },
      },
    },
    async (request) => listEmergencyAccessReviews(deps, requireActor(request)),
  );

  app.post(
    '/api/intervention-reviews/:id/reviewed',
    {
      config: work('intervention.emergency_review'),
      schema: {
        tags,
        summary: 'Mark a nödåtkomst as reviewed by the programme owner',
        params: IdParamsSchema,
        response: { 200: ReviewedSchema },
      },
    },
    async (request) => reviewEmergencyAccess(deps, requireActor(request), request.params.id),
  );
};
