import type {
  MeetingMinutesAction,
  MeetingMinutesData,
} from '../../domain/meetings/meeting-minutes-data.js';

/** The minutes' words: a municipal document, in Swedish, for DOCX, PDF and e-mail alike. */
export const minutesWords = {
  heading: 'Minnesanteckningar',
  agendaHeading: 'Dagordning',
  agendaItems: 'Punkter',
  agendaActions: 'Gemensamma insatser att följa upp',
  draft: 'UTKAST – mötet är inte avslutat',
  when: 'Tid',
  place: 'Plats',
  organisations: 'Organisationer',
  present: 'Närvarande',
  absent: 'Frånvarande',
  guests: 'Övriga deltagare',
  generalNotes: 'Allmänt',
  agenda: 'Dagordning och anteckningar',
  notes: 'Anteckningar',
  decisions: 'Beslut',
  actions: 'Gemensamma insatser beslutade vid mötet',
  carriedActions: 'Pågående gemensamma insatser från tidigare möten',
  noActions: 'Inga.',
  none: '–',
  closed: (at: string) => `Mötet avslutades ${at}.`,
  actionFields: {
    what: 'Vad',
    where: 'Var',
    who: 'Vilka organisationer',
    responsible: 'Ansvariga',
    due: 'Klart senast',
    expected: 'Förväntat resultat',
    status: 'Status',
    outcome: 'Utfall',
  },
  mailSubject: (data: MeetingMinutesData) => `${minutesWordsHeading(data)}`,
  mailIntro: 'Här är minnesanteckningarna från mötet. De finns också bifogade som Word-fil.',
  agendaMailIntro:
    'Här är dagordningen inför mötet. Den finns också bifogad som Word- och PDF-fil. Vill du ta upp något mer kan du lägga till en punkt i Tryggve före mötet.',
  fileName: (data: MeetingMinutesData) =>
    `${data.document === 'agenda' ? 'dagordning' : 'minnesanteckningar'}-${data.title}-${data.when.slice(0, 40)}`
      .toLowerCase()
      .replace(/[^a-z0-9åäö]+/g, '-')
      .replace(/^-|-$/g, ''),
};

function minutesWordsHeading(data: MeetingMinutesData): string {
  return `${documentHeading(data)}: ${data.title}, ${data.when}`;
}

/** "Minnesanteckningar" or "Dagordning": the one word for each document, everywhere. */
export function documentHeading(data: MeetingMinutesData): string {
  return data.document === 'agenda' ? minutesWords.agendaHeading : minutesWords.heading;
}

/** The guests, one per line as they were entered; blank lines dropped. */
export function guestLines(guests: string): string[] {
  return guests
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

const orNone = (values: string[]) => (values.length > 0 ? values.join(', ') : minutesWords.none);

/** An action's fields as label–value lines, in the order of the minutes. */
export function actionLines(action: MeetingMinutesAction): [string, string][] {
  const fields = minutesWords.actionFields;
  return [
    [fields.where, orNone(action.districts)],
    [fields.who, orNone(action.organisations)],
    [fields.responsible, orNone(action.responsible)],
    [fields.due, action.dueOn ?? minutesWords.none],
    [fields.expected, action.expectedResult || minutesWords.none],
    [fields.status, action.status],
    [fields.outcome, action.outcome || minutesWords.none],
  ];
}

/** The agenda as plain text: the body of the mail sent to the members before the meeting. */
function renderAgendaText(data: MeetingMinutesData): string {
  const lines: string[] = [
    `${minutesWords.agendaHeading}: ${data.title}`,
    data.municipalityName,
    '',
    `${minutesWords.when}: ${data.when}`,
    `${minutesWords.place}: ${data.place || minutesWords.none}`,
    `${minutesWords.organisations}: ${orNone(data.organisations)}`,
    '',
    minutesWords.agendaItems.toUpperCase(),
  ];
  data.agenda.forEach((item, index) => lines.push(`${index + 1}. ${item.title}`));
  const actions = [...data.actions, ...data.carriedActions];
  if (actions.length > 0) {
    lines.push('', minutesWords.agendaActions.toUpperCase());
    for (const action of actions) {
      lines.push(`* ${action.title} (${action.status}${action.dueOn ? `, ${action.dueOn}` : ''})`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The minutes (or the agenda) as plain text: the body of the e-mail every member receives. */
export function renderMeetingMinutesText(data: MeetingMinutesData): string {
  if (data.document === 'agenda') return renderAgendaText(data);
  const lines: string[] = [
    `${minutesWords.heading}: ${data.title}`,
    data.municipalityName,
    '',
    `${minutesWords.when}: ${data.when}`,
    `${minutesWords.place}: ${data.place || minutesWords.none}`,
    `${minutesWords.organisations}: ${orNone(data.organisations)}`,
    `${minutesWords.present}: ${orNone(data.present)}`,
    `${minutesWords.absent}: ${orNone(data.absent)}`,
  ];
  const guests = guestLines(data.guests);
  if (guests.length > 0)
    lines.push(`${minutesWords.guests}:`, ...guests.map((guest) => `  ${guest}`));
  if (!data.isFinal) lines.push('', minutesWords.draft);
  if (data.generalNotes) lines.push('', minutesWords.generalNotes, data.generalNotes);
  lines.push('', minutesWords.agenda.toUpperCase());
  data.agenda.forEach((item, index) => {
    lines.push('', `${index + 1}. ${item.title}`);
    if (item.notes) lines.push(`${minutesWords.notes}: ${item.notes}`);
    if (item.decisions) lines.push(`${minutesWords.decisions}: ${item.decisions}`);
  });
  for (const [heading, actions] of [
    [minutesWords.actions, data.actions],
    [minutesWords.carriedActions, data.carriedActions],
  ] as const) {
    lines.push('', heading.toUpperCase());
    if (actions.length === 0) lines.push(minutesWords.noActions);
    for (const action of actions) {
      lines.push('', `* ${action.title}`);
      if (action.description) lines.push(`  ${action.description}`);
      for (const [label, value] of actionLines(action)) lines.push(`  ${label}: ${value}`);
    }
  }
  if (data.closedAt) lines.push('', minutesWords.closed(data.closedAt));
  return `${lines.join('\n')}\n`;
}
