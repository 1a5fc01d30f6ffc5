/**
 * Swedish texts of individual interventions (SIG, avhoppare, Samkraft). A catalog of its
 * own, loaded only with those pages; en.ts must have exactly the same shape.
 */
export const interventionsSv = {
  nav: 'Individinsatser',
  programmes: {
    title: 'Individinsatser',
    intro:
      'Sociala insatsgrupper (SIG), stöd till avhoppare, Samkraft-team och kommunens egna program. Här visas bara antal; antal under 5 visas som ”färre än 5”.',
    none: 'Det finns inga program att visa.',
    tableLabel: 'Program och antal deltagare',
    columns: {
      name: 'Program',
      kind: 'Slag',
      status: 'Status',
      participants: 'Deltagare totalt',
      open: 'Pågående',
      closed: 'Avslutade',
      withGoalMet: 'Med uppnått mål',
    },
    restart: (day: string) => `Planerad omstart ${day}`,
    synthetic: 'Syntetiska uppgifter (demo)',
    fewerThanFive: 'färre än 5',
    notApplicable: '–',
  },
  kinds: {
    sig: 'Social insatsgrupp (SIG)',
    defector_support: 'Stöd till avhoppare',
    team: 'Samkraft-team',
    own: 'Eget program',
  },
  statuses: { active: 'Aktivt', dormant: 'Vilande', ended: 'Avslutat' },
  myTasks: {
    heading: 'Uppföljningar i individuella planer',
    item: (programme: string, day: string) => `${programme}: följs upp ${day}`,
    open: 'Öppna ärendet',
  },
  casePage: {
    title: 'Ärende',
    notReadable:
      'Ärendet finns inte, eller så är du inte tilldelad det. Behöver du läsa det, till exempel när du ersätter en kollega, kan du begära nödåtkomst. Den gäller en begränsad tid, loggas och granskas av programansvarig.',
    reasonLabel: 'Skäl till nödåtkomst',
    requestAccess: 'Begär nödåtkomst',
    identity: 'Person',
    synthetic: 'Syntetisk person (demo)',
    plan: 'Individuell plan',
    disclosures: 'Lämnade uppgifter',
    disclosureTo: 'Mottagare',
    disclosureWhat: 'Vad lämnades',
    record: 'Registrera utlämnande',
    viaEmergency: 'Du läser ärendet med nödåtkomst.',
  },
  planForm: {
    text: 'Insats',
    responsible: 'Vem gör det',
    followUpOn: 'Följs upp',
    add: 'Lägg till insats',
  },
  agencies: {
    police: 'Polisen',
    school: 'Skolan',
    health_care: 'Hälso- och sjukvården',
    employment_service: 'Arbetsförmedlingen',
    probation_service: 'Kriminalvården',
    housing_company: 'Bostadsbolaget',
    other_municipality: 'Annan kommun',
    other: 'Annan',
  },
};

export type InterventionsMessages = typeof interventionsSv;
