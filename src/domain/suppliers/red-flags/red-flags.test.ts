import { describe, expect, it } from 'vitest';
import type { Check, CheckKind, CheckResult, StoredSanctionsMatch } from '../check.js';
import type { CompanyRecord } from '../company-registry.js';
import type { Supplier } from '../supplier.js';
import { assessRisk } from './assess-risk.js';
import { bankruptcyOrLiquidation } from './bankruptcy-or-liquidation.js';
import { boxOrCareOfAddress } from './box-or-care-of-address.js';
import { enforcementDebts } from './enforcement-debts.js';
import { failedCheck } from './failed-check.js';
import { missingRegistration } from './missing-registration.js';
import { newlyRegistered } from './newly-registered.js';
import { recentBoardChange } from './recent-board-change.js';
import type { SupplierFacts } from './red-flag.js';
import { sanctionsMatch } from './sanctions-match.js';
import { sharedAddress } from './shared-address.js';
import { normaliseCompanyName, similarName } from './similar-name.js';

const supplier: Supplier = {
  id: 's1',
  municipalityId: 'm',
  organisationNumber: '556677-8899',
  name: 'Byggtjänst Söder AB',
  address: { careOf: null, street: 'Storgatan 1', postalCode: '141 30', city: 'Huddinge' },
  phone: null,
  beneficialOwners: [],
  createdByUserId: null,
  createdAt: '',
  updatedAt: '',
};
const record: CompanyRecord = {
  organisationNumber: '5566778899',
  name: 'Byggtjänst Söder AB',
  legalForm: 'AB',
  registeredOn: '2015-03-01',
  status: 'active',
  statusSince: null,
  address: null,
  businessDescription: null,
  officers: [{ name: 'Anna Andersson', role: 'board_member', since: '2015-03-01' }],
  isFTaxRegistered: true,
  isVatRegistered: true,
  isEmployerRegistered: true,
  recentChanges: [],
  documents: null,
};
const facts = (changes: Partial<SupplierFacts> = {}): SupplierFacts => ({
  supplier,
  registryRecord: record,
  latestChecks: {},
  openMatches: [],
  otherSuppliers: [],
  today: '2026-11-27',
  ...changes,
});
const check = (kind: CheckKind, result: CheckResult, summary = 'noted'): Check => ({
  id: kind,
  municipalityId: 'm',
  supplierId: 's1',
  contractId: null,
  kind,
  source: 'skatteverket',
  checkedOn: '2026-11-01',
  result,
  summary,
  evidenceId: null,
  registryRecord: null,
  performedByUserId: null,
  createdAt: '',
});
const other = (id: string, name: string, street = 'Annan väg 2') => ({
  id,
  name,
  organisationNumber: '559321-4561',
  address: { careOf: null, street, postalCode: '14130', city: 'Huddinge' },
});

describe('newly registered', () => {
  it('flags a company registered less than twelve months ago, and not an older one', () => {
    expect(
      newlyRegistered(facts({ registryRecord: { ...record, registeredOn: '2026-02-10' } })),
    ).toEqual([
      expect.objectContaining({
        rule: 'newly_registered',
        level: 'medium',
        params: expect.objectContaining({ registeredOn: '2026-02-10' }),
      }),
    ]);
    expect(
      newlyRegistered(facts({ registryRecord: { ...record, registeredOn: '2025-11-27' } })),
    ).toEqual([]);
    expect(newlyRegistered(facts({ registryRecord: null }))).toEqual([]);
  });
});

describe('similar name', () => {
  it('ignores legal-form words and case', () => {
    expect(normaliseCompanyName('BYGGTJÄNST SÖDER Aktiebolag (publ)')).toBe('byggtjänst söder');
    expect(normaliseCompanyName('Bygg & Fasad i Sverige AB')).toBe(
      normaliseCompanyName('Bygg och fasad AB'),
    );
  });

  it('names each other supplier whose name is near the same, and not unrelated ones', () => {
    const flags = similarName(
      facts({
        otherSuppliers: [
          other('a', 'Byggtjänst Södra AB'),
          other('b', 'Byggtjänst Söder HB'),
          other('c', 'Huddinge Städ AB'),
        ],
      }),
    );
    expect(flags.map((flag) => flag.params.otherName)).toEqual([
      'Byggtjänst Södra AB',
      'Byggtjänst Söder HB',
    ]);
    expect(flags.every((flag) => flag.level === 'medium')).toBe(true);
  });
});

describe('box or c/o address', () => {
  it('flags a post-office box and a care-of address, entered or from the registry', () => {
    const box = boxOrCareOfAddress(
      facts({ supplier: { ...supplier, address: { ...supplier.address!, street: 'Box 1234' } } }),
    );
    expect(box[0]).toMatchObject({
      rule: 'box_or_care_of_address',
      params: { kind: 'box', origin: 'entered' },
    });
    const registry = boxOrCareOfAddress(
      facts({
        registryRecord: {
          ...record,
          address: {
            careOf: 'Redovisningsbyrån',
            street: 'Gatan 3',
            postalCode: null,
            city: null,
            country: null,
          },
        },
      }),
    );
    expect(registry[0]).toMatchObject({ params: { kind: 'care_of', origin: 'registry' } });
    expect(boxOrCareOfAddress(facts())).toEqual([]);
  });
});

describe('shared address', () => {
  it('flags three or more suppliers at one street and postal code, naming the others', () => {
    const two = [other('a', 'Alfa AB', 'Storgatan 1'), other('b', 'Beta AB', 'STORGATAN 1')];
    expect(sharedAddress(facts({ otherSuppliers: two }))[0]).toMatchObject({
      rule: 'shared_address',
      params: { count: 2, names: 'Alfa AB, Beta AB' },
    });
    expect(sharedAddress(facts({ otherSuppliers: two.slice(0, 1) }))).toEqual([]);
  });
});

describe('recent change of board or signatories', () => {
  it('flags changes within twelve months, high when frequent', () => {
    const one = recentBoardChange(
      facts({
        registryRecord: {
          ...record,
          recentChanges: [
            { date: '2026-09-01', kind: 'board_change' },
            { date: '2026-05-01', kind: 'name_change' },
          ],
        },
      }),
    );
    expect(one).toEqual([
      expect.objectContaining({
        level: 'medium',
        params: expect.objectContaining({ count: 1, latest: '2026-09-01' }),
      }),
    ]);
    const officers = ['2026-01-01', '2026-03-01', '2026-06-01'].map((since) => ({
      name: 'X',
      role: 'ceo',
      since,
    }));
    expect(recentBoardChange(facts({ registryRecord: { ...record, officers } }))[0]?.level).toBe(
      'high',
    );
    expect(
      recentBoardChange(
        facts({
          registryRecord: {
            ...record,
            recentChanges: [{ date: '2025-01-01', kind: 'board_change' }],
          },
        }),
      ),
    ).toEqual([]);
  });
});

describe('bankruptcy or liquidation', () => {
  it('is high for bankruptcy, liquidation and deregistration, medium for reconstruction', () => {
    expect(
      bankruptcyOrLiquidation(
        facts({ registryRecord: { ...record, status: 'bankruptcy', statusSince: '2026-10-01' } }),
      )[0],
    ).toMatchObject({ level: 'high', params: { status: 'bankruptcy', since: '2026-10-01' } });
    expect(
      bankruptcyOrLiquidation(facts({ registryRecord: { ...record, status: 'reconstruction' } }))[0]
        ?.level,
    ).toBe('medium');
    expect(bankruptcyOrLiquidation(facts())).toEqual([]);
  });
});

describe('missing registrations', () => {
  it('is high for F-tax and medium for VAT and employer when the latest check failed', () => {
    const flags = missingRegistration(
      facts({
        latestChecks: {
          f_tax: check('f_tax', 'failed'),
          vat: check('vat', 'failed'),
          employer_registration: check('employer_registration', 'ok'),
        },
      }),
    );
    expect(flags.map((flag) => [flag.params.kind, flag.level])).toEqual([
      ['f_tax', 'high'],
      ['vat', 'medium'],
    ]);
  });
});

describe('debts at Kronofogden', () => {
  it('is high for debts for collection, medium for a remark, nothing when clear', () => {
    expect(
      enforcementDebts(
        facts({
          latestChecks: { enforcement_debts: check('enforcement_debts', 'failed', '48 000 kr') },
        }),
      )[0],
    ).toMatchObject({ level: 'high', params: { summary: '48 000 kr' } });
    expect(
      enforcementDebts(
        facts({ latestChecks: { enforcement_debts: check('enforcement_debts', 'remark') } }),
      )[0]?.level,
    ).toBe('medium');
    expect(
      enforcementDebts(
        facts({ latestChecks: { enforcement_debts: check('enforcement_debts', 'ok') } }),
      ),
    ).toEqual([]);
  });
});

describe('sanctions match', () => {
  it('flags each open match, high for a strong score', () => {
    const match = {
      subjectName: 'Ivan Petrov',
      caption: 'Ivan PETROV',
      datasets: ['eu_fsf'],
      score: 0.95,
    } as StoredSanctionsMatch;
    const flags = sanctionsMatch(facts({ openMatches: [match, { ...match, score: 0.75 }] }));
    expect(flags.map((flag) => flag.level)).toEqual(['high', 'medium']);
    expect(flags[0]?.reason).toContain('Ivan PETROV');
  });
});

describe('any other failed check', () => {
  it('flags unpaid contributions high, a credit rating medium, and a company the registry lacks', () => {
    const flags = failedCheck(
      facts({
        registryRecord: null,
        latestChecks: {
          employer_contributions_3_months: check('employer_contributions_3_months', 'failed'),
          credit_rating: check('credit_rating', 'failed'),
          company_registration: check('company_registration', 'failed', 'finns inte i registret'),
          permits: check('permits', 'remark'),
        },
      }),
    );
    expect(flags.map((flag) => [flag.params.kind, flag.level])).toEqual([
      ['company_registration', 'high'],
      ['employer_contributions_3_months', 'high'],
      ['credit_rating', 'medium'],
    ]);
  });
});

describe('the risk level', () => {
  it('is low with no flags, else the highest flag, with every reason worst first', () => {
    expect(assessRisk(facts())).toEqual({ level: 'low', flags: [] });
    const assessed = assessRisk(
      facts({
        registryRecord: { ...record, registeredOn: '2026-06-01' },
        latestChecks: { f_tax: check('f_tax', 'failed') },
      }),
    );
    expect(assessed.level).toBe('high');
    expect(assessed.flags.map((flag) => flag.rule)).toEqual([
      'missing_registration',
      'newly_registered',
    ]);
  });
});
