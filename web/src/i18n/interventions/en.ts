import type { InterventionsMessages } from './sv';

/** English texts of individual interventions; the same shape as sv.ts. */
export const interventionsEn: InterventionsMessages = {
  nav: 'Individual interventions',
  programmes: {
    title: 'Individual interventions',
    intro:
      'Social intervention groups (SIG), support for people leaving criminal networks, Samkraft teams and the municipality’s own programmes. Only counts are shown; counts below 5 read “fewer than 5”.',
    none: 'There are no programmes to show.',
    tableLabel: 'Programmes and participant counts',
    columns: {
      name: 'Programme',
      kind: 'Kind',
      status: 'Status',
      participants: 'Participants in all',
      open: 'Ongoing',
      closed: 'Closed',
      withGoalMet: 'With a goal met',
    },
    restart: (day: string) => `Planned restart ${day}`,
    synthetic: 'Synthetic data (demo)',
    fewerThanFive: 'fewer than 5',
    notApplicable: '–',
  },
  kinds: {
    sig: 'Social intervention group (SIG)',
    defector_support: 'Support for leaving criminal networks',
    team: 'Samkraft team',
    own: 'Own programme',
  },
  statuses: { active: 'Active', dormant: 'Dormant', ended: 'Ended' },
  myTasks: {
    heading: 'Follow-ups of individual plans',
    item: (programme: string, day: string) => `${programme}: follow up on ${day}`,
    open: 'Open the case',
  },
  casePage: {
    title: 'Case',
    notReadable:
      'The case does not exist, or you are not assigned to it. If you need to read it, for instance while covering for a colleague, you can request emergency access. It lasts a limited time, is logged and is reviewed by the programme owner.',
    reasonLabel: 'Reason for emergency access',
    requestAccess: 'Request emergency access',
    identity: 'Person',
    synthetic: 'Synthetic person (demo)',
    plan: 'Individual plan',
    disclosures: 'Disclosures',
    disclosureTo: 'Recipient',
    disclosureWhat: 'What was disclosed',
    record: 'Record disclosure',
    viaEmergency: 'You are reading the case with emergency access.',
  },
  planForm: {
    text: 'Intervention',
    responsible: 'Who does it',
    followUpOn: 'Follow up on',
    add: 'Add intervention',
  },
  agencies: {
    police: 'The police',
    school: 'The school',
    health_care: 'Health care',
    employment_service: 'The employment service',
    probation_service: 'The prison and probation service',
    housing_company: 'The housing company',
    other_municipality: 'Another municipality',
    other: 'Other',
  },
};
