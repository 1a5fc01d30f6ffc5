import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { attachSignedDocument } from '../../domain/agreements/attach-signed-document.js';
import { createAgreement } from '../../domain/agreements/create-agreement.js';
import { downloadSignedDocument } from '../../domain/agreements/download-signed-document.js';
import { getAgreement } from '../../domain/agreements/get-agreement.js';
import { listAgreements } from '../../domain/agreements/list-agreements.js';
import { listLinkableMeasures } from '../../domain/agreements/list-linkable-measures.js';
import { recordCommitmentFollowUp } from '../../domain/agreements/record-commitment-follow-up.js';
import { saveCommitment } from '../../domain/agreements/save-commitment.js';
import { updateAgreement } from '../../domain/agreements/update-agreement.js';
import { maxDocumentBytes } from '../../domain/agreements/signed-document.js';
import { mayFailWith } from '../error-responses.js';
import type { RouteContext } from '../route-context.js';
import { requireActor } from '../session-plugin.js';
import { fileResponse, IdParamsSchema } from '../shared.schema.js';
import {
  AgreementDetailSchema,
  AgreementSchema,
  CommitmentInputSchema,
  CommitmentSchema,
  CreateAgreementSchema,
  DocumentInfoSchema,
  DocumentUploadSchema,
  FollowUpInputSchema,
  FollowUpSchema,
  LinkedMeasureSchema,
  ListAgreementsQuerySchema,
  UpdateAgreementSchema,
} from './agreements.schema.js';
import { requires } from '../route-permission.js';

/** RFC 6266: an ASCII fallback and the UTF-8 name, so "Överenskommelse.pdf" arrives whole. */
function contentDisposition(fileName: string): string {
  const ascii = fileName
    .normalize('NFD')
    .replace(/[^\x20-\x7e]/g, '')
    .replace(/["\\]/g, '_');
  return `attachment; filename="${ascii || 'overenskommelse.pdf'}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/**
 * Partnership agreements and citizen promises (issue 6): the agreements, their commitments
 * and joint follow-up, and the signed document. Partners read what they are party to.
 */
export const agreementRoutes: FastifyPluginAsync<RouteContext> = async (plugin, { deps }) => {
  const app = plugin.withTypeProvider<ZodTypeProvider>();
  const tags = ['Samverkan: överenskommelser'];

  app.get(
    '/api/agreements',
    {
      schema: {
        tags,
        summary:
          'Agreements and citizen promises the caller may read: all for staff, those its organisation is party to for a partner',
        querystring: ListAgreementsQuerySchema,
        response: { 200: AgreementSchema.array() },
      },
    },
    async (request) => listAgreements(deps, requireActor(request), request.query),
  );

  app.post(
    '/api/agreements',
    {
      config: {
        ...requires('agreement.manage', 'agreement.create'),
        ...mayFailWith('AGREEMENT_INVALID'),
      },
      schema: {
        tags,
        summary: 'Record an agreement or a citizen promise (a draft until signed)',
        body: CreateAgreementSchema,
        response: { 201: AgreementSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createAgreement(deps, requireActor(request), request.body)),
  );

  app.get(
    '/api/agreements/linkable-measures',
    {
      schema: {
        tags,
        summary: "The measures of the municipality's current plans a commitment may carry out",
        response: { 200: LinkedMeasureSchema.array() },
      },
    },
    async (request) => listLinkableMeasures(deps, requireActor(request)),
  );

  app.get(
    '/api/agreements/:id',
    {
      schema: {
        tags,
        summary: 'One agreement with its commitments, their follow-up history and the document',
        params: IdParamsSchema,
        response: { 200: AgreementDetailSchema },
      },
    },
    async (request) => getAgreement(deps, requireActor(request), request.params.id),
  );

  app.patch(
    '/api/agreements/:id',
    {
      config: {
        ...requires('agreement.manage', 'agreement.update'),
        ...mayFailWith('AGREEMENT_INVALID'),
      },
      schema: {
        tags,
        summary: "Change an agreement's fields; parties, when given, are replaced",
        params: IdParamsSchema,
        body: UpdateAgreementSchema,
        response: { 200: AgreementSchema },
      },
    },
    async (request) =>
      updateAgreement(deps, requireActor(request), request.params.id, request.body),
  );

  app.post(
    '/api/agreements/:id/commitments',
    {
      config: {
        ...requires('agreement.manage', 'agreement.commitment.save'),
        ...mayFailWith('AGREEMENT_INVALID'),
      },
      schema: {
        tags,
        summary: 'Add a commitment, linked to measures of the action plans',
        params: IdParamsSchema,
        body: CommitmentInputSchema.extend({ text: CommitmentInputSchema.shape.text.unwrap() }),
        response: { 201: CommitmentSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await saveCommitment(deps, requireActor(request), request.params.id, null, request.body),
        ),
  );

  app.patch(
    '/api/agreements/commitments/:id',
    {
      config: {
        ...requires('agreement.manage', 'agreement.commitment.save'),
        ...mayFailWith('AGREEMENT_INVALID'),
      },
      schema: {
        tags,
        summary: 'Change a commitment',
        params: IdParamsSchema,
        body: CommitmentInputSchema,
        response: { 200: CommitmentSchema },
      },
    },
    async (request) =>
      saveCommitment(deps, requireActor(request), null, request.params.id, request.body),
  );

  app.post(
    '/api/agreements/commitments/:id/follow-ups',
    {
      config: {
        ...requires('agreement.manage', 'agreement.follow_up.record'),
        ...mayFailWith('AGREEMENT_INVALID'),
      },
      schema: {
        tags,
        summary: "Append to a commitment's joint follow-up: green, yellow or red, and a comment",
        params: IdParamsSchema,
        body: FollowUpInputSchema,
        response: { 201: FollowUpSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await recordCommitmentFollowUp(
            deps,
            requireActor(request),
            request.params.id,
            request.body,
          ),
        ),
  );

  app.post(
    '/api/agreements/:id/document',
    {
      config: {
        ...requires('agreement.manage', 'agreement.document.upload'),
        ...mayFailWith('AGREEMENT_INVALID'),
      },
      bodyLimit: Math.ceil((maxDocumentBytes * 4) / 3) + 4096,
      schema: {
        tags,
        summary: 'Attach the signed agreement as a PDF (at most 10 MB), replacing any earlier one',
        params: IdParamsSchema,
        body: DocumentUploadSchema,
        response: { 201: DocumentInfoSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(
        await attachSignedDocument(deps, requireActor(request), request.params.id, {
          fileName: request.body.fileName,
          content: Buffer.from(request.body.contentBase64, 'base64'),
        }),
      ),
  );

  app.get(
    '/api/agreements/:id/document',
    {
      schema: {
        tags,
        summary: 'Download the signed document (audited)',
        params: IdParamsSchema,
        produces: ['application/pdf'],
        response: { 200: fileResponse('The signed document', 'application/pdf') },
      },
    },
    async (request, reply) => {
      const document = await downloadSignedDocument(deps, requireActor(request), request.params.id);
      return reply
        .type('application/pdf')
        .header('content-disposition', contentDisposition(document.fileName))
        .header('cache-control', 'no-store')
        .header('x-content-type-options', 'nosniff')
        .send(Buffer.from(document.content));
    },
  );
};
