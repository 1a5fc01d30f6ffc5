/** Svenska texter för polisens händelsetyper och kommunens egna kategorier. */
export const policeTypesSv = {
  heading: 'Polisens händelsetyper',
  intro:
    'Vilken kategori varje typ av polishändelse blir i kommunen. Ändringen loggas och gäller från nästa import, även för händelser som redan är importerade. Texten kan dessutom förfina kategorin (skjutning, sprängning, bilbrand).',
  type: 'Händelsetyp',
  category: 'Kategori',
  notAnIncident: 'Inte en händelse i lägesbilden',
  defaultCategory: (label: string) => `Standard: ${label}`,
  save: 'Spara',
  saved: 'Sparat. Kör importen igen för att tillämpa ändringen.',
  ownHeading: 'Kommunens egna val',
  none: 'Kommunen följer standardmappningen för alla typer.',
  reset: 'Återställ',
  resetLabel: (type: string) => `Återställ ${type} till standard`,
};

export type PoliceTypesMessages = typeof policeTypesSv;
