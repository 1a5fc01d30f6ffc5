import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createContract } from '../../domain/suppliers/create-contract.js';
import { getContract } from '../../domain/suppliers/get-contract.js';
import { listContracts } from '../../domain/suppliers/list-contracts.js';
import { listDueChecks } from '../../domain/suppliers/list-due-checks.js';
import { replaceCheckProgramme } from '../../domain/suppliers/replace-check-programme.js';
import { updateContract } from '../../domain/suppliers/update-contract.js';
import { mayFailWith } from '../error-responses.js';
import type { RouteContext } from '../route-context.js';
import { requireActor } from '../session-plugin.js';
import { IdParamsSchema } from '../shared.schema.js';
import { presentContract, presentContractDetail } from './suppliers.present.js';
import {
  ContractDetailSchema,
  ContractSchema,
  CreateContractSchema,
  DueCheckSchema,
  ListContractsQuerySchema,
  ReplaceProgrammeSchema,
  UpdateContractSchema,
} from './suppliers.schema.js';
import { requires } from '../route-permission.js';

/** Contracts with their check programmes, and the checks due across them. */
export const contractRoutes: FastifyPluginAsync<RouteContext> = async (plugin, { deps }) => {
  const app = plugin.withTypeProvider<ZodTypeProvider>();
  const tags = ['Leverantörer'];

  app.get(
    '/api/contracts',
    {
      schema: {
        tags,
        summary: 'Contracts, newest start first (audited)',
        querystring: ListContractsQuerySchema,
        response: { 200: z.array(ContractSchema) },
      },
    },
    async (request) =>
      (await listContracts(deps, requireActor(request), request.query.supplierId)).map((contract) =>
        presentContract(contract, contract.supplierName),
      ),
  );

  app.post(
    '/api/contracts',
    {
      config: {
        ...requires('supplier.manage', 'contract.create'),
        ...mayFailWith('CONTRACT_INVALID'),
      },
      schema: {
        tags,
        summary: 'Record a contract with its supplier, subcontractors and check programme',
        body: CreateContractSchema,
        response: { 201: ContractDetailSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          presentContractDetail(await createContract(deps, requireActor(request), request.body)),
        ),
  );

  app.get(
    '/api/contracts/:id',
    {
      schema: {
        tags,
        summary: 'One contract with its programme and the next due day of each check (audited)',
        params: IdParamsSchema,
        response: { 200: ContractDetailSchema },
      },
    },
    async (request) =>
      presentContractDetail(await getContract(deps, requireActor(request), request.params.id)),
  );

  app.patch(
    '/api/contracts/:id',
    {
      config: {
        ...requires('supplier.manage', 'contract.update'),
        ...mayFailWith('CONTRACT_INVALID'),
      },
      schema: {
        tags,
        summary: "Change a contract's fields (not its supplier)",
        params: IdParamsSchema,
        body: UpdateContractSchema,
        response: { 200: ContractDetailSchema },
      },
    },
    async (request) =>
      presentContractDetail(
        await updateContract(deps, requireActor(request), request.params.id, request.body),
      ),
  );

  app.put(
    '/api/contracts/:id/programme',
    {
      config: {
        ...requires('supplier.manage', 'contract.programme'),
        ...mayFailWith('CONTRACT_INVALID'),
      },
      schema: {
        tags,
        summary: "Set the contract's check programme: which checks, every how many months, who",
        params: IdParamsSchema,
        body: ReplaceProgrammeSchema,
        response: { 200: ContractDetailSchema },
      },
    },
    async (request) =>
      presentContractDetail(
        await replaceCheckProgramme(
          deps,
          requireActor(request),
          request.params.id,
          request.body.items,
        ),
      ),
  );

  app.get(
    '/api/supplier-checks/due',
    {
      schema: {
        tags,
        summary: "The procurement officer's start page: checks overdue, then due within 30 days",
        response: { 200: z.array(DueCheckSchema) },
      },
    },
    async (request) => listDueChecks(deps, requireActor(request)),
  );
};
