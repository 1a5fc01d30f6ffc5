/**
 * The default incident categories a new municipality starts with: the EST categories and the
 * signals of organized crime (shootings, explosions, recruitment of the young, …), plus the
 * police-report categories the police events feed needs. Each municipality may add, relabel
 * and retire categories; codes never change, so history stays readable.
 */
export const categoryGroups = [
  'order_and_environment',
  'violence_and_threats',
  'property',
  'drugs',
  'fire',
  'traffic',
  'organized_crime',
  'information',
  'other',
] as const;

export type CategoryGroup = (typeof categoryGroups)[number];

export interface CategoryDefinition {
  /** Stable, English, snake_case: what data and mappings refer to. */
  code: string;
  labelSv: string;
  labelEn: string;
  group: CategoryGroup;
  isOrganizedCrimeSignal: boolean;
}

const category = (
  code: string,
  labelSv: string,
  labelEn: string,
  group: CategoryGroup,
  isOrganizedCrimeSignal = false,
): CategoryDefinition => ({ code, labelSv, labelEn, group, isOrganizedCrimeSignal });

export const defaultTaxonomy: readonly CategoryDefinition[] = [
  // EST (Effektiv samordning för trygghet)
  category('vandalism', 'Skadegörelse', 'Vandalism', 'property'),
  category('graffiti', 'Klotter', 'Graffiti', 'property'),
  category('littering', 'Nedskräpning', 'Littering', 'order_and_environment'),
  category(
    'unsafe_place',
    'Otrygg eller mörk plats',
    'Unsafe or dark place',
    'order_and_environment',
  ),
  category(
    'intimidating_gathering',
    'Otrygghetsskapande samling av personer',
    'Intimidating gathering of people',
    'order_and_environment',
  ),
  category(
    'suspected_drug_dealing',
    'Misstänkt narkotikahantering',
    'Suspected drug dealing',
    'drugs',
  ),
  category(
    'incident_against_staff',
    'Incident mot personal',
    'Incident against staff',
    'violence_and_threats',
  ),
  category('threats_and_violence', 'Hot och våld', 'Threats and violence', 'violence_and_threats'),
  category('fire', 'Brand eller anlagd brand', 'Fire or arson', 'fire'),
  // Car fires, often arson: the police import's text rules find them in "Brand" events.
  category('vehicle_arson', 'Bilbrand', 'Car fire', 'fire'),
  category('burglary_and_theft', 'Inbrott och stöld', 'Burglary and theft', 'property'),
  category('public_event', 'Arrangemang', 'Public event', 'information'),
  category(
    'social_media_rumours',
    'Rykten i sociala medier',
    'Rumours on social media',
    'information',
  ),
  // Signals of organized crime
  category(
    'open_drug_market',
    'Öppen narkotikahandel',
    'Open drug market',
    'organized_crime',
    true,
  ),
  category(
    'youth_recruitment',
    'Rekrytering av unga',
    'Recruitment of young people',
    'organized_crime',
    true,
  ),
  category(
    'gang_territory',
    'Tecken på gängetablering eller revir',
    'Signs of gang establishment or territory',
    'organized_crime',
    true,
  ),
  category('shooting', 'Skjutning', 'Shooting', 'organized_crime', true),
  category(
    'explosion',
    'Sprängning eller detonation',
    'Explosion or detonation',
    'organized_crime',
    true,
  ),
  category(
    'threat_to_official',
    'Hot mot tjänsteperson',
    'Threat to a public official',
    'organized_crime',
    true,
  ),
  category(
    'improper_influence',
    'Otillåten påverkan',
    'Improper influence',
    'organized_crime',
    true,
  ),
  category(
    'criminal_business',
    'Misstänkt kriminell verksamhet i företag',
    'Suspected criminal activity in a business',
    'organized_crime',
    true,
  ),
  category('welfare_fraud', 'Välfärdsbrott', 'Welfare fraud', 'organized_crime', true),
  // Further categories that the police's event types need
  category('robbery', 'Rån', 'Robbery', 'violence_and_threats'),
  category(
    'lethal_violence',
    'Dödligt våld och försök',
    'Lethal violence and attempts',
    'violence_and_threats',
  ),
  category('sexual_offence', 'Sexualbrott', 'Sexual offence', 'violence_and_threats'),
  category('weapons', 'Vapen och knivar', 'Weapons and knives', 'violence_and_threats'),
  category('fraud', 'Bedrägeri', 'Fraud', 'property'),
  category('public_disorder', 'Ordningsstörning', 'Public disorder', 'order_and_environment'),
  category('traffic', 'Trafik', 'Traffic', 'traffic'),
  category('other', 'Övrigt', 'Other', 'other'),
];
