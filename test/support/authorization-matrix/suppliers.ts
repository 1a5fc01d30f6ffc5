import {
  signInRequired,
  forbidden,
  forRoles,
  type ActorName,
  type Outcome,
  type World,
  type MatrixEntry,
} from './matrix.js';
import { randomUUID } from 'node:crypto';
import { actorFor, makeUser } from '../factories.js';
import { createContract } from '../../../src/domain/suppliers/create-contract.js';
import { recordManualCheck } from '../../../src/domain/suppliers/record-manual-check.js';
import { registerSupplier } from '../../../src/domain/suppliers/register-supplier.js';
import type { CompanyRegistry } from '../../../src/domain/suppliers/company-registry.js';
import type { SanctionsScreening } from '../../../src/domain/suppliers/sanctions-screening.js';

/** Supplier vetting: procurement officers only; another municipality's admin lacks the role. */
const procurementOnly = (outcome: Outcome): Record<ActorName, Outcome> => ({
  anonymous: signInRequired,
  ...forRoles(['procurement'], outcome),
  otherMunicipality: forbidden,
});

const matrixPdf = Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64');

/** The ports answered in the test itself (the port is the boundary). */
const matrixRegistry: CompanyRegistry = {
  source: 'bolagsverket_api',
  lookUp: async () => ({ outcome: 'not_found' }),
};

const matrixScreening: SanctionsScreening = {
  describeLists: async () => [],
  screen: async () => [],
};

/** Organisation numbers that pass the Luhn check, one per fresh supplier. */
let nextSupplierNumber = 10_000;

function freshOrganisationNumber(): string {
  const base = `5566${String(nextSupplierNumber++).padStart(5, '0')}`;
  const sum = [...base].reduce((total, digit, index) => {
    const value = Number(digit) * (index % 2 === 0 ? 2 : 1);
    return total + (value > 9 ? value - 9 : value);
  }, 0);
  return `${base}${(10 - (sum % 10)) % 10}`;
}

async function hereSupplier(world: World): Promise<string> {
  const officer = actorFor(await makeUser(world.deps, world.here, ['procurement']));
  const supplier = await registerSupplier(world.deps, officer, {
    organisationNumber: freshOrganisationNumber(),
    name: 'Matrisbolaget AB',
  });
  return supplier.id;
}

async function hereContract(world: World): Promise<string> {
  const officer = actorFor(await makeUser(world.deps, world.here, ['procurement']));
  const detail = await createContract(world.deps, officer, {
    supplierId: await hereSupplier(world),
    procurementReference: 'UH-2026/1',
    title: 'Avtal i matrisen',
    startsOn: '2026-01-01',
    endsOn: '2027-12-31',
    valueSek: 100_000,
    responsibleUnit: 'Upphandling',
    programme: [{ checkKind: 'f_tax', intervalMonths: 6, responsibleUserId: null }],
  });
  return detail.contract.id;
}

/** A check with an uploaded extract; its evidence id and a sanctions match of it. */
async function hereCheck(world: World): Promise<{ evidenceId: string; matchId: string }> {
  const officer = actorFor(await makeUser(world.deps, world.here, ['procurement']));
  const supplierId = await hereSupplier(world);
  const check = await recordManualCheck(world.deps, officer, supplierId, {
    kind: 'sanctions_screening',
    source: 'other',
    checkedOn: '2026-01-02',
    result: 'remark',
    summary: 'Manuell screening.',
    evidence: { fileName: 'utdrag.pdf', contentBase64: matrixPdf },
  });
  const matchId = randomUUID();
  await world.deps.store.supplierChecks.addMatches([
    {
      id: matchId,
      municipalityId: world.here.municipalityId,
      supplierId,
      checkId: check.id,
      subjectKey: 'supplier',
      subjectName: 'Matrisbolaget AB',
      subjectFingerprint: 'f',
      entityId: 'NK-matris',
      caption: 'Matris',
      schema: 'Company',
      datasets: ['test'],
      score: 0.8,
      features: [],
    },
  ]);
  return { evidenceId: check.evidence?.id ?? '', matchId };
}

/** The authorization matrix's routes of one area. Supplier vetting: suppliers, contracts, checks, decisions. */
export const suppliersMatrix: Record<string, MatrixEntry> = {
  'GET /api/suppliers': {
    outcomes: procurementOnly('200'),
    prepare: async () => ({}),
  },
  'POST /api/suppliers': {
    outcomes: procurementOnly('201'),
    prepare: async () => ({
      payload: { organisationNumber: freshOrganisationNumber(), name: 'Nytt Bolag AB' },
    }),
  },
  'GET /api/suppliers/:id': {
    outcomes: procurementOnly('200'),
    prepare: async (world) => ({ id: await hereSupplier(world) }),
  },
  'PATCH /api/suppliers/:id': {
    outcomes: procurementOnly('200'),
    prepare: async (world) => ({ id: await hereSupplier(world), payload: { phone: '08-123 45' } }),
  },
  'GET /api/suppliers/:id/checks': {
    outcomes: procurementOnly('200'),
    prepare: async (world) => ({ id: await hereSupplier(world) }),
  },
  'POST /api/suppliers/:id/checks': {
    outcomes: procurementOnly('201'),
    prepare: async (world) => ({
      id: await hereSupplier(world),
      payload: {
        kind: 'enforcement_debts',
        source: 'kronofogden',
        checkedOn: '2026-01-02',
        result: 'ok',
        summary: 'Inga skulder.',
        evidence: { fileName: 'kfm.pdf', contentBase64: matrixPdf },
      },
    }),
  },
  'POST /api/suppliers/:id/checks/registry': {
    outcomes: procurementOnly('201'),
    prepare: async (world) => {
      world.deps.companyRegistry ??= matrixRegistry;
      return { id: await hereSupplier(world), payload: {} };
    },
  },
  'POST /api/suppliers/:id/checks/sanctions': {
    outcomes: procurementOnly('201'),
    prepare: async (world) => {
      world.deps.sanctionsScreening ??= matrixScreening;
      return { id: await hereSupplier(world), payload: {} };
    },
  },
  'POST /api/sanctions-matches/:id/review': {
    outcomes: procurementOnly('201'),
    prepare: async (world) => ({
      id: (await hereCheck(world)).matchId,
      payload: { decision: 'false_positive', comment: 'Annat bolag.' },
    }),
  },
  'GET /api/supplier-evidence/:id': {
    outcomes: procurementOnly('200'),
    prepare: async (world) => ({ id: (await hereCheck(world)).evidenceId }),
  },
  'GET /api/suppliers/:id/risk': {
    outcomes: procurementOnly('200'),
    prepare: async (world) => ({ id: await hereSupplier(world) }),
  },
  'GET /api/suppliers/:id/decisions': {
    outcomes: procurementOnly('200'),
    prepare: async (world) => ({ id: await hereSupplier(world) }),
  },
  'POST /api/suppliers/:id/decisions': {
    outcomes: procurementOnly('201'),
    prepare: async (world) => ({
      id: await hereSupplier(world),
      payload: { decision: 'approve', note: 'Kontrollerna utan anmärkning.' },
    }),
  },
  'GET /api/contracts': {
    outcomes: procurementOnly('200'),
    prepare: async () => ({}),
  },
  'POST /api/contracts': {
    outcomes: procurementOnly('201'),
    prepare: async (world) => {
      const supplierId = await hereSupplier(world);
      return {
        payload: {
          supplierId,
          procurementReference: 'UH-2026/2',
          title: 'Nytt avtal',
          startsOn: '2026-02-01',
          endsOn: '2026-12-31',
          valueSek: 5_000,
          responsibleUnit: 'Upphandling',
        },
        recordId: supplierId,
      };
    },
  },
  'GET /api/contracts/:id': {
    outcomes: procurementOnly('200'),
    prepare: async (world) => ({ id: await hereContract(world) }),
  },
  'PATCH /api/contracts/:id': {
    outcomes: procurementOnly('200'),
    prepare: async (world) => ({ id: await hereContract(world), payload: { title: 'Nytt namn' } }),
  },
  'PUT /api/contracts/:id/programme': {
    outcomes: procurementOnly('200'),
    prepare: async (world) => ({
      id: await hereContract(world),
      payload: { items: [{ checkKind: 'vat', intervalMonths: 12, responsibleUserId: null }] },
    }),
  },
  'GET /api/supplier-checks/due': {
    outcomes: procurementOnly('200'),
    prepare: async () => ({}),
  },
};
