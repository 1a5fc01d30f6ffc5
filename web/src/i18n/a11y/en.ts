import type { A11yMessages } from './sv';

const plural = (count: number, one: string, many: string) =>
  count === 1 ? `1 ${one}` : `${count} ${many}`;

/** English texts of the accessibility mechanisms; the same shape as sv.ts. */
export const a11yEn: A11yMessages = {
  form: {
    errorSummary: (count: number, items: string) =>
      `The form was not sent. ${plural(count, 'field needs', 'fields need')} correcting: ${items}`,
    errorItem: (label: string, message: string) =>
      label === '' ? message : `${label}: ${message}`,
  },
  badges: {
    title: 'Badges',
    intro:
      'Every badge the app shows, in all its variants, so that colours and legibility can be checked in one place.',
    plans: 'Plans and follow-up',
    suppliers: 'Supplier vetting',
    agreements: 'Agreements',
    palette: 'Colours and variants in other views',
    sample: (colour: string, variant: string) => `Sample ${colour} ${variant}`,
  },
  password: {
    show: 'Show password',
  },
  language: {
    switchTo: (name: string) => `Switch language to ${name}`,
  },
  saved: {
    measure: (name: string) => `The measure “${name}” is saved.`,
    measureAdded: (name: string) => `The measure “${name}” is added.`,
    measureStatus: (name: string) => `The status of “${name}” is saved.`,
    agendaItemAdded: (title: string) => `The item “${title}” is added to the agenda.`,
    agendaItemMoved: (title: string, position: number) =>
      `The item “${title}” is moved to place ${position}.`,
    jointActionCreated: (title: string) => `The joint action “${title}” is created.`,
    jointActionSaved: (title: string) => `The joint action “${title}” is saved.`,
    signedOut: 'You are signed out.',
  },
  map: {
    keyboardHelp:
      'With the keyboard: move the map with the arrow keys, zoom with + and −, and press Enter or Space to choose the place in the middle of the map.',
    pickCentre: 'Choose the middle of the map',
  },
  hotSpots: {
    listHeading: 'Hot spots and cold spots by district',
    listIntro:
      'Where the map’s hot spots and cold spots lie: each district with its cells and the number of incidents in them.',
    columns: {
      district: 'District',
      hot: 'Hot spots (cells)',
      cold: 'Cold spots (cells)',
      incidents: 'Incidents in the cells',
    },
    outside: 'Outside the districts',
    none: 'No hot spots or cold spots this period.',
  },
  heat: {
    listHeading: 'The heat map’s densest places by district',
    listIntro:
      'Where the heat map is densest: each district with its highest density and how many of the heat map’s cells lie there.',
    columns: {
      district: 'District',
      maximum: 'Highest density (per km²)',
      cells: 'Cells with incidents',
    },
    outside: 'Outside the districts',
  },
};
