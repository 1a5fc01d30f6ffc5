import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { assessSupplierRisk } from '../../domain/suppliers/assess-supplier-risk.js';
import { downloadEvidence } from '../../domain/suppliers/download-evidence.js';
import { evidenceFileName, servedEvidenceType } from '../../domain/suppliers/evidence-file.js';
import { getSupplier } from '../../domain/suppliers/get-supplier.js';
import { listDecisions } from '../../domain/suppliers/list-decisions.js';
import { listSupplierChecks } from '../../domain/suppliers/list-supplier-checks.js';
import { listSuppliers } from '../../domain/suppliers/list-suppliers.js';
import { recordDecision } from '../../domain/suppliers/record-decision.js';
import { recordManualCheck } from '../../domain/suppliers/record-manual-check.js';
import { registerSupplier } from '../../domain/suppliers/register-supplier.js';
import { reviewSanctionsMatch } from '../../domain/suppliers/review-sanctions-match.js';
import { runRegistryCheck } from '../../domain/suppliers/run-registry-check.js';
import { runSanctionsScreening } from '../../domain/suppliers/run-sanctions-screening.js';
import { updateSupplier } from '../../domain/suppliers/update-supplier.js';
import { mayFailWith } from '../error-responses.js';
import type { RouteContext } from '../route-context.js';
import { requireActor } from '../session-plugin.js';
import { fileResponse, IdParamsSchema } from '../shared.schema.js';
import {
  presentCheck,
  presentContract,
  presentDecision,
  presentMatch,
  presentSupplier,
} from './suppliers.present.js';
import {
  CheckSchema,
  DecisionSchema,
  evidenceBodyLimit,
  ListSuppliersQuerySchema,
  RecordDecisionSchema,
  RecordManualCheckSchema,
  RegisterSupplierSchema,
  ReviewMatchSchema,
  RiskSchema,
  RunCheckSchema,
  SanctionsMatchSchema,
  SupplierDetailSchema,
  SupplierParamsSchema,
  SupplierSchema,
  SupplierSummarySchema,
  UpdateSupplierSchema,
} from './suppliers.schema.js';
import { requires } from '../route-permission.js';

/** Supplier vetting: suppliers, their checks and evidence, red flags and decisions. */
export const supplierRoutes: FastifyPluginAsync<RouteContext> = async (plugin, { deps }) => {
  const app = plugin.withTypeProvider<ZodTypeProvider>();
  const tags = ['Leverantörer'];
  const now = () => deps.clock();

  app.get(
    '/api/suppliers',
    {
      schema: {
        tags,
        summary: 'Suppliers by name, with contracts, latest decision and checks due (audited)',
        querystring: ListSuppliersQuerySchema,
        response: { 200: z.array(SupplierSummarySchema) },
      },
    },
    async (request) =>
      (await listSuppliers(deps, requireActor(request), request.query.q)).map((supplier) => ({
        ...presentSupplier(supplier, now()),
        latestDecision: supplier.latestDecision ? presentDecision(supplier.latestDecision) : null,
      })),
  );

  app.post(
    '/api/suppliers',
    {
      config: {
        ...requires('supplier.manage', 'supplier.register'),
        ...mayFailWith('SUPPLIER_INVALID', 'SUPPLIER_EXISTS'),
      },
      schema: {
        tags,
        summary: 'Register a supplier by its organisation number (validated; legal form shown)',
        body: RegisterSupplierSchema,
        response: { 201: SupplierSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          presentSupplier(await registerSupplier(deps, requireActor(request), request.body), now()),
        ),
  );

  app.get(
    '/api/suppliers/:id',
    {
      schema: {
        tags,
        summary: 'One supplier with its contracts (audited)',
        params: SupplierParamsSchema,
        response: { 200: SupplierDetailSchema },
      },
    },
    async (request) => {
      const detail = await getSupplier(deps, requireActor(request), request.params.id);
      const name = detail.supplier.name;
      return {
        supplier: presentSupplier(detail.supplier, now()),
        contracts: detail.contracts.map((contract) => presentContract(contract, name)),
        // The main supplier's name is not read here: the web app links to the contract.
        subcontractorOf: detail.subcontractorOf.map((contract) => presentContract(contract, '')),
      };
    },
  );

  app.patch(
    '/api/suppliers/:id',
    {
      config: requires('supplier.manage', 'supplier.update'),
      schema: {
        tags,
        summary: "Change a supplier's name, address, phone or beneficial owners",
        params: SupplierParamsSchema,
        body: UpdateSupplierSchema,
        response: { 200: SupplierSchema },
      },
    },
    async (request) =>
      presentSupplier(
        await updateSupplier(deps, requireActor(request), request.params.id, request.body),
        now(),
      ),
  );

  app.get(
    '/api/suppliers/:id/checks',
    {
      schema: {
        tags,
        summary: 'Every check of a supplier, newest first, with evidence and matches (audited)',
        params: SupplierParamsSchema,
        response: { 200: z.array(CheckSchema) },
      },
    },
    async (request) =>
      (await listSupplierChecks(deps, requireActor(request), request.params.id)).map(presentCheck),
  );

  app.post(
    '/api/suppliers/:id/checks',
    {
      config: {
        ...requires('supplier.manage', 'supplier.check.record'),
        ...mayFailWith('CHECK_INVALID', 'EVIDENCE_INVALID'),
      },
      bodyLimit: evidenceBodyLimit,
      schema: {
        tags,
        summary:
          'Record a check made by hand, with its extract (PDF, PNG, JPEG or TIFF, at most 10 MB, base64)',
        params: SupplierParamsSchema,
        body: RecordManualCheckSchema,
        response: { 201: CheckSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          presentCheck(
            await recordManualCheck(deps, requireActor(request), request.params.id, request.body),
          ),
        ),
  );

  app.post(
    '/api/suppliers/:id/checks/registry',
    {
      config: {
        ...requires('supplier.manage', 'supplier.check.registry'),
        ...mayFailWith(
          'CHECK_INVALID',
          'EVIDENCE_INVALID',
          'REGISTRY_NOT_CONFIGURED',
          'REGISTRY_UNAVAILABLE',
          'REGISTRY_RATE_LIMITED',
          'REGISTRY_TIMEOUT',
          'REGISTRY_UNAUTHORISED',
          'REGISTRY_BAD_RESPONSE',
        ),
      },
      schema: {
        tags,
        summary:
          'Look the supplier up in the company registry and record what it told, with its response as evidence',
        params: SupplierParamsSchema,
        body: RunCheckSchema,
        response: { 201: z.array(CheckSchema) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          (
            await runRegistryCheck(deps, requireActor(request), request.params.id, request.body)
          ).map(presentCheck),
        ),
  );

  app.post(
    '/api/suppliers/:id/checks/sanctions',
    {
      config: {
        ...requires('supplier.manage', 'supplier.check.sanctions'),
        ...mayFailWith(
          'CHECK_INVALID',
          'EVIDENCE_INVALID',
          'SANCTIONS_NOT_CONFIGURED',
          'SUPPLIER_INVALID',
        ),
      },
      schema: {
        tags,
        summary: 'Screen the supplier, its board and owners against the loaded sanctions lists',
        params: SupplierParamsSchema,
        body: RunCheckSchema,
        response: { 201: CheckSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          presentCheck(
            await runSanctionsScreening(
              deps,
              requireActor(request),
              request.params.id,
              request.body,
            ),
          ),
        ),
  );

  app.post(
    '/api/sanctions-matches/:id/review',
    {
      config: {
        ...requires('supplier.manage', 'supplier.match.review'),
        ...mayFailWith('MATCH_ALREADY_REVIEWED'),
      },
      schema: {
        tags,
        summary: 'Review a possible sanctions match: a false positive is not raised again',
        params: IdParamsSchema,
        body: ReviewMatchSchema,
        response: { 201: SanctionsMatchSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          presentMatch(
            await reviewSanctionsMatch(
              deps,
              requireActor(request),
              request.params.id,
              request.body,
            ),
          ),
        ),
  );

  app.get(
    '/api/supplier-evidence/:id',
    {
      config: mayFailWith('EVIDENCE_INVALID'),
      schema: {
        tags,
        summary: 'Download a piece of evidence (audited)',
        params: IdParamsSchema,
        produces: ['application/pdf', 'image/png', 'image/jpeg', 'image/tiff', 'application/json'],
        response: {
          200: fileResponse(
            'The evidence as it was stored',
            'application/pdf',
            'image/png',
            'image/jpeg',
            'image/tiff',
            'application/json',
          ),
        },
      },
    },
    async (request, reply) => {
      const { evidence, content } = await downloadEvidence(
        deps,
        requireActor(request),
        request.params.id,
      );
      // Named and typed by what the bytes are (files stored before names were forced too).
      const contentType = servedEvidenceType(evidence.contentType);
      const fileName = evidenceFileName(evidence.fileName, contentType).replace(
        /[^\p{L}\p{N}._-]/gu,
        '_',
      );
      const extension = evidenceFileName('evidence', contentType).slice('evidence'.length);
      return reply
        .type(contentType)
        .header(
          'content-disposition',
          `attachment; filename="evidence${extension}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
        )
        .header('cache-control', 'no-store')
        .send(Buffer.from(content));
    },
  );

  app.get(
    '/api/suppliers/:id/risk',
    {
      schema: {
        tags,
        summary: "The supplier's red flags and risk level, every reason listed (audited)",
        params: SupplierParamsSchema,
        response: { 200: RiskSchema },
      },
    },
    async (request) => assessSupplierRisk(deps, requireActor(request), request.params.id),
  );

  app.get(
    '/api/suppliers/:id/decisions',
    {
      schema: {
        tags,
        summary: 'Every decision on the supplier, newest first (audited)',
        params: SupplierParamsSchema,
        response: { 200: z.array(DecisionSchema) },
      },
    },
    async (request) =>
      (await listDecisions(deps, requireActor(request), request.params.id)).map(presentDecision),
  );

  app.post(
    '/api/suppliers/:id/decisions',
    {
      config: {
        ...requires('supplier.manage', 'supplier.decide'),
        ...mayFailWith('DECISION_INVALID'),
      },
      schema: {
        tags,
        summary: 'Record a decision on the supplier with a note: approve, ask, exclude, terminate',
        params: SupplierParamsSchema,
        body: RecordDecisionSchema,
        response: { 201: DecisionSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          presentDecision(
            await recordDecision(deps, requireActor(request), request.params.id, request.body),
          ),
        ),
  );
};
