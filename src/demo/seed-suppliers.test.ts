import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/support/databases.js';
import { testDeps } from '../../test/support/factories.js';
import { seedHuddinge, type Huddinge } from '../../test/support/huddinge.js';
import type { Deps } from '../domain/deps.js';
import { assessSupplierRisk } from '../domain/suppliers/assess-supplier-risk.js';
import { listDueChecks } from '../domain/suppliers/list-due-checks.js';
import { listSuppliers } from '../domain/suppliers/list-suppliers.js';
import { demoProcurementEmail } from './seed-suppliers.js';

describeEachDialect('the demo suppliers', (database) => {
  let deps: Deps;
  let huddinge: Huddinge;

  beforeAll(async () => {
    deps = testDeps(database());
    huddinge = await seedHuddinge(deps);
  });

  it('has a procurement officer whose start page leads with one overdue check', async () => {
    const officer = await deps.store.users.findByEmail(demoProcurementEmail);
    expect(officer?.roles).toEqual(['procurement']);
    const actor = await huddinge.actor('administration', ['procurement']);
    const due = await listDueChecks(deps, actor);
    expect(due.map((item) => [item.status, item.checkKind, item.supplierName])).toEqual([
      ['overdue', 'enforcement_debts', 'Södertörns Bygg & Fasad AB'],
    ]);
  });

  it('has suppliers whose red flags have reasons to give', async () => {
    const actor = await huddinge.actor('administration', ['procurement']);
    const suppliers = await listSuppliers(deps, actor);
    expect(suppliers).toHaveLength(4);
    const similar = suppliers.find((supplier) => supplier.name.startsWith('Södertörn Bygg och'));
    const risk = await assessSupplierRisk(deps, actor, similar?.id ?? '');
    expect(risk.flags.map((flag) => flag.rule).sort()).toEqual([
      'box_or_care_of_address',
      'similar_name',
    ]);
  });
});
