const plural = (count: number, one: string, many: string) =>
  count === 1 ? `1 ${one}` : `${count} ${many}`;

/**
 * Texts of the app's accessibility mechanisms: the shared live region, the form error summary,
 * the phone menu, the map's keyboard picking, and the hot-spot and heat lists in words.
 */
export const a11ySv = {
  form: {
    /** Read when a submit is refused: how many fields, then each field and what is wrong. */
    errorSummary: (count: number, items: string) =>
      `Formuläret skickades inte. ${plural(count, 'fält behöver', 'fält behöver')} rättas: ${items}`,
    errorItem: (label: string, message: string) =>
      label === '' ? message : `${label}: ${message}`,
  },
  badges: {
    title: 'Markeringar',
    intro:
      'Varje markering som appen visar, i alla sina varianter, så att färger och läsbarhet kan kontrolleras på ett ställe.',
    plans: 'Planer och uppföljning',
    suppliers: 'Leverantörskontroll',
    agreements: 'Överenskommelser',
    palette: 'Färger och varianter i övriga vyer',
    sample: (colour: string, variant: string) => `Exempel ${colour} ${variant}`,
  },
  password: {
    show: 'Visa lösenord',
  },
  language: {
    switchTo: (name: string) => `Byt språk till ${name}`,
  },
  saved: {
    measure: (name: string) => `Åtgärden ”${name}” är sparad.`,
    measureAdded: (name: string) => `Åtgärden ”${name}” är tillagd.`,
    measureStatus: (name: string) => `Status för ”${name}” är sparad.`,
    agendaItemAdded: (title: string) => `Punkten ”${title}” är tillagd i dagordningen.`,
    agendaItemMoved: (title: string, position: number) =>
      `Punkten ”${title}” är flyttad till plats ${position}.`,
    jointActionCreated: (title: string) => `Den gemensamma insatsen ”${title}” är skapad.`,
    jointActionSaved: (title: string) => `Den gemensamma insatsen ”${title}” är sparad.`,
    signedOut: 'Du är utloggad.',
  },
  map: {
    keyboardHelp:
      'Med tangentbordet: flytta kartan med piltangenterna, zooma med + och −, och tryck Enter eller mellanslag för att välja platsen i kartans mitt.',
    pickCentre: 'Välj kartans mitt',
  },
  hotSpots: {
    listHeading: 'Täta och glesa platser per område',
    listIntro:
      'Var kartans rutor med ovanligt många och ovanligt få händelser ligger: varje område med sina rutor och antalet händelser i dem.',
    columns: {
      district: 'Område',
      hot: 'Ovanligt många (rutor)',
      cold: 'Ovanligt få (rutor)',
      incidents: 'Händelser i rutorna',
    },
    outside: 'Utanför områdena',
    none: 'Inga ovanligt täta eller glesa platser den här perioden.',
  },
  heat: {
    listHeading: 'Värmekartans tätaste platser per område',
    listIntro:
      'Var värmekartan är som tätast: varje område med sin högsta täthet och hur många rutor av värmekartan som ligger där.',
    columns: {
      district: 'Område',
      maximum: 'Högsta täthet (per km²)',
      cells: 'Rutor med händelser',
    },
    outside: 'Utanför områdena',
  },
};

export type A11yMessages = typeof a11ySv;
