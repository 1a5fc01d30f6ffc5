import type { Repositories } from '../deps.js';
import type { Agreement, AgreementKind, AgreementParty } from './agreement.js';
import { checkDay, checkText, type AgreementFieldProblem } from './agreement-rules.js';

interface PartyInput {
  organisationId: string;
  signatoryName?: string | undefined;
  signatoryTitle?: string | undefined;
}

export interface AgreementFields {
  kind: AgreementKind;
  title: string;
  summary?: string | undefined;
  validFrom?: string | null | undefined;
  validUntil?: string | null | undefined;
  signedOn?: string | null | undefined;
  parties?: PartyInput[] | undefined;
}

/**
 * Every problem of an agreement's fields at once, by field, and the parties as they will be
 * stored (with their organisations' names). Parties must be organisations of the municipality.
 */
export async function checkAgreementFields(
  repositories: Repositories,
  municipalityId: string,
  fields: Partial<AgreementFields>,
  current?: Agreement,
): Promise<{ problems: AgreementFieldProblem[]; parties: AgreementParty[] | undefined }> {
  const problems: AgreementFieldProblem[] = [];
  checkText(problems, 'title', fields.title);
  checkDay(problems, 'validFrom', fields.validFrom);
  checkDay(problems, 'validUntil', fields.validUntil);
  checkDay(problems, 'signedOn', fields.signedOn);
  const from = fields.validFrom === undefined ? current?.validFrom : fields.validFrom;
  const until = fields.validUntil === undefined ? current?.validUntil : fields.validUntil;
  if (from && until && until < from && !problems.some((item) => item.problem === 'invalid_date'))
    problems.push({ field: 'validUntil', problem: 'ends_before_start' });
  if (fields.parties === undefined) return { problems, parties: undefined };
  const parties: AgreementParty[] = [];
  const seen = new Set<string>();
  for (const [index, party] of fields.parties.entries()) {
    const organisation = await repositories.organisations.findById(
      municipalityId,
      party.organisationId,
    );
    if (!organisation) {
      problems.push({ field: `parties.${index}.organisationId`, problem: 'organisation_unknown' });
      continue;
    }
    if (seen.has(organisation.id)) {
      problems.push({ field: `parties.${index}.organisationId`, problem: 'party_repeated' });
      continue;
    }
    seen.add(organisation.id);
    parties.push({
      organisationId: organisation.id,
      organisationName: organisation.name,
      signatoryName: party.signatoryName?.trim() ?? '',
      signatoryTitle: party.signatoryTitle?.trim() ?? '',
    });
  }
  return { problems, parties };
}
