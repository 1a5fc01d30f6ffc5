import type { Actor } from '../domain/access/actor.js';
import { inviteUser } from '../domain/accounts/invite-user.js';
import type { Deps } from '../domain/deps.js';
import { addMonths } from '../domain/follow-up/follow-up-schedule.js';
import { createContract } from '../domain/suppliers/create-contract.js';
import { recordManualCheck } from '../domain/suppliers/record-manual-check.js';
import { registerSupplier } from '../domain/suppliers/register-supplier.js';
import { stockholmToday } from '../shared/time/stockholm-time.js';

export const demoProcurementEmail = 'upphandlare@huddinge.demo';

/** A one-page PDF standing in for an extract from Skatteverket or Kronofogden. */
const extract = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
).toString('base64');

/**
 * The demo's supplier vetting: a procurement officer (invited; the admin can give a password
 * link), four suppliers with valid organisation numbers, two running contracts with check
 * programmes, and the checks at award, so that one check (Kronofogden, every six months) is
 * overdue and leads the officer's start page. One supplier has a box address and another a
 * name near an existing supplier's, so the red flags have something to say.
 */
export async function seedSuppliers(deps: Deps, operator: Actor, organisationId: string) {
  const { user } = await inviteUser({ ...deps, mailer: null }, operator, {
    email: demoProcurementEmail,
    displayName: 'Upphandlare Demo',
    organisationId,
    roles: ['procurement'],
  });
  const officer: Actor = {
    userId: user.id,
    municipalityId: operator.municipalityId,
    organisationId,
    roles: ['procurement'],
  };
  const today = stockholmToday(deps.clock());
  const builder = await registerSupplier(deps, officer, {
    organisationNumber: '556677-8899',
    name: 'Södertörns Bygg & Fasad AB',
    address: { careOf: null, street: 'Kommunalvägen 28', postalCode: '141 61', city: 'Huddinge' },
    phone: '08-535 000 00',
  });
  await registerSupplier(deps, officer, {
    organisationNumber: '556611-3337',
    name: 'Södertörn Bygg och Fasad i Sverige AB',
    address: { careOf: null, street: 'Box 4411', postalCode: '141 04', city: 'Huddinge' },
  });
  const cleaner = await registerSupplier(deps, officer, {
    organisationNumber: '559321-4561',
    name: 'Huddinge Städservice AB',
    address: { careOf: null, street: 'Sjödalsvägen 15', postalCode: '141 47', city: 'Huddinge' },
  });
  const windows = await registerSupplier(deps, officer, {
    organisationNumber: '556123-4567',
    name: 'Fönsterputs Nystart AB',
    address: {
      careOf: 'Redovisningsbyrån Syd',
      street: 'Storgatan 3',
      postalCode: '141 30',
      city: 'Huddinge',
    },
  });

  const awardedBuilder = addMonths(today, -8);
  const renovation = await createContract(deps, officer, {
    supplierId: builder.id,
    procurementReference: 'UH-2026/0142',
    title: 'Renovering av fasader, Snättringeskolan',
    startsOn: awardedBuilder,
    endsOn: addMonths(today, 16),
    valueSek: 18_400_000,
    responsibleUnit: 'Upphandlingsenheten',
    responsibleOfficerUserId: user.id,
    programme: [
      { checkKind: 'f_tax', intervalMonths: 12, responsibleUserId: null },
      { checkKind: 'enforcement_debts', intervalMonths: 6, responsibleUserId: null },
      { checkKind: 'company_registration', intervalMonths: null, responsibleUserId: null },
    ],
  });
  const awardedCleaner = addMonths(today, -1);
  const cleaning = await createContract(deps, officer, {
    supplierId: cleaner.id,
    procurementReference: 'UH-2026/0207',
    title: 'Lokalvård, förskolor i Flemingsberg',
    startsOn: awardedCleaner,
    endsOn: addMonths(today, 35),
    valueSek: 6_900_000,
    responsibleUnit: 'Upphandlingsenheten',
    responsibleOfficerUserId: user.id,
    subcontractorIds: [windows.id],
    programme: [
      { checkKind: 'f_tax', intervalMonths: 6, responsibleUserId: null },
      { checkKind: 'employer_contributions_3_months', intervalMonths: 3, responsibleUserId: null },
    ],
  });

  const atAward = [
    [
      builder.id,
      renovation.contract.id,
      awardedBuilder,
      'f_tax',
      'skatteverket',
      'Godkänd för F-skatt.',
    ],
    [
      builder.id,
      renovation.contract.id,
      awardedBuilder,
      'enforcement_debts',
      'kronofogden',
      'Inga skulder hos Kronofogden.',
    ],
    [
      builder.id,
      renovation.contract.id,
      awardedBuilder,
      'company_registration',
      'bolagsverket_bulk_file',
      'Aktivt aktiebolag sedan 2009.',
    ],
    [
      cleaner.id,
      cleaning.contract.id,
      awardedCleaner,
      'f_tax',
      'skatteverket',
      'Godkänd för F-skatt.',
    ],
    [
      cleaner.id,
      cleaning.contract.id,
      awardedCleaner,
      'employer_contributions_3_months',
      'supplier_provided',
      'Arbetsgivaravgifter betalda för de tre senaste månaderna.',
    ],
  ] as const;
  for (const [supplierId, contractId, checkedOn, kind, source, summary] of atAward) {
    await recordManualCheck(deps, officer, supplierId, {
      kind,
      source,
      checkedOn,
      result: 'ok',
      summary,
      contractId,
      evidence: { fileName: `${kind}-${checkedOn}.pdf`, contentBase64: extract },
    });
  }
}
