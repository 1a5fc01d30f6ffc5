import type { Actor } from '../domain/access/actor.js';
import { createAgreement } from '../domain/agreements/create-agreement.js';
import { recordCommitmentFollowUp } from '../domain/agreements/record-commitment-follow-up.js';
import { saveCommitment } from '../domain/agreements/save-commitment.js';
import type { Deps } from '../domain/deps.js';
import { stockholmToday } from '../shared/time/stockholm-time.js';

/**
 * The seed's agreement: the samverkansavtal between Huddinge kommun, the police and
 * Södertörns brandförsvarsförbund of 12 October 2015 (its end is not given: in force until
 * further notice), and this year's citizen promise of the local police. Signatories are given
 * by title only; the demo names no real people. Needs the demo's organisations and plan.
 */
export const demoAgreements = {
  partnership:
    'Samverkansavtal mellan Huddinge kommun, Polisområde Stockholm Syd och Södertörns brandförsvarsförbund',
  promisePrefix: 'Medborgarlöfte Huddinge',
};

export async function seedAgreements(deps: Deps, operator: Actor): Promise<void> {
  const { municipalityId } = operator;
  const organisation = async (name: string) => {
    const found = await deps.store.organisations.findByName(municipalityId, name);
    if (!found) throw new Error(`The demo lacks ${name}.`);
    return found.id;
  };
  const municipality = await organisation('Kommunstyrelsens förvaltning');
  const police = await organisation('Lokalpolisområde Huddinge');
  const fire = await organisation('Södertörns brandförsvarsförbund');
  const measures = await deps.store.agreements.listLinkableMeasures(municipalityId);
  const measure = (start: string) => {
    const found = measures.find((item) => item.measure.startsWith(start));
    if (!found) throw new Error(`The demo plan lacks the measure "${start}".`);
    return found.id;
  };

  const partnership = await createAgreement(deps, operator, {
    kind: 'partnership_agreement',
    title: demoAgreements.partnership,
    summary:
      'Avtalet om samverkan mot brott och för trygghet. Inom avtalet har en operativ samverkansgrupp (OSG) bildats, och insatserna i avtalet följs upp gemensamt med handlingsplanen.',
    validFrom: '2015-10-12',
    signedOn: '2015-10-12',
    parties: [
      { organisationId: municipality, signatoryTitle: 'Kommunstyrelsens ordförande' },
      { organisationId: police, signatoryTitle: 'Lokalpolisområdeschef' },
      { organisationId: fire, signatoryTitle: 'Förbundsdirektör' },
    ],
  });
  await saveCommitment(deps, operator, partnership.id, null, {
    text: 'En operativ samverkansgrupp (OSG) träffas varje torsdag och uppdaterar nulägesbilden.',
    responsibleOrganisationId: municipality,
    measureIds: [measure('Operativ samverkansgrupp')],
  });
  await saveCommitment(deps, operator, partnership.id, null, {
    text: 'Parterna kartlägger ungdomskriminaliteten i kommunen tillsammans.',
    responsibleOrganisationId: municipality,
    measureIds: [measure('Kartläggning av ungdomskriminaliteten')],
  });

  const year = stockholmToday(deps.clock()).slice(0, 4);
  const promise = await createAgreement(deps, operator, {
    kind: 'citizen_promise',
    title: `${demoAgreements.promisePrefix} ${year}`,
    summary:
      'Lokalpolisområde Huddinges och kommunens löften till invånarna för året, grundade i den gemensamma lägesbilden.',
    validFrom: `${year}-01-01`,
    validUntil: `${year}-12-31`,
    signedOn: `${year}-01-01`,
    parties: [
      { organisationId: police, signatoryTitle: 'Lokalpolisområdeschef' },
      { organisationId: municipality, signatoryTitle: 'Kommunstyrelsens ordförande' },
    ],
  });
  const controls = await saveCommitment(deps, operator, promise.id, null, {
    text: 'Polisen gör synliga trafikkontroller och tillsyn i Flemingsberg, Skogås och Vårby varje månad.',
    responsibleOrganisationId: police,
    measureIds: [measure('Trafikkontroller och tillsyn')],
  });
  await saveCommitment(deps, operator, promise.id, null, {
    text: 'Kommunen och polisen tar upp signaler om rekrytering av unga i OSG varje vecka och erbjuder SIG.',
    responsibleOrganisationId: municipality,
    measureIds: [measure('Operativ samverkansgrupp'), measure('Sociala insatsgrupper')],
  });
  await recordCommitmentFollowUp(deps, operator, controls.id, {
    status: 'yellow',
    comment: 'Kontroller i Skogås och Vårby enligt plan; i Flemingsberg färre än utlovat.',
    followedUpOn: `${year}-06-30`,
  });
}
