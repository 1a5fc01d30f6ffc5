import type { PoliceTypesMessages } from './sv';

/** English texts for the police event types and the municipality's own categories. */
export const policeTypesEn: PoliceTypesMessages = {
  heading: 'Police event types',
  intro:
    'Which category each type of police event becomes in the municipality. Changes are logged and apply from the next import, to events imported before too. The text may also refine the category (shooting, explosion, car fire).',
  type: 'Event type',
  category: 'Category',
  notAnIncident: 'Not an incident of the picture',
  defaultCategory: (label: string) => `Default: ${label}`,
  save: 'Save',
  saved: 'Saved. Run the import again to apply the change.',
  ownHeading: "The municipality's own choices",
  none: 'The municipality follows the default mapping for every type.',
  reset: 'Reset',
  resetLabel: (type: string) => `Reset ${type} to the default`,
};
