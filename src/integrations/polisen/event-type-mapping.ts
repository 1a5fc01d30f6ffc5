/**
 * Which incident category (a code of `defaultTaxonomy`) each police event type becomes in the
 * situation picture, or `null` for types that are not incidents there. A municipality may
 * override entries; this is the default it starts with.
 *
 * Covers every type in the archive 2022-09 to 2026-08 (86 in Stockholm County, 91 in all) and
 * the further types of the feed's published type list (Gränskontroll, Ofog barn/ungdom,
 * Olaga frihetsberövande, Spridning smittsamma kemikalier, Tillfälligt obemannat, the
 * remaining "Sammanfattning …" kinds) and "Lagen om hundar och katter", seen in older feeds.
 */
export const defaultPoliceEventTypeMapping: Readonly<Record<string, string | null>> = {
  // Signals of organized crime: their own categories, so that they stand out.
  Skottlossning: 'shooting',
  'Skottlossning, misstänkt': 'shooting',
  Explosion: 'explosion',
  Detonation: 'explosion',
  // Suspected explosive devices: the bomb squad is called (hand grenades, "föremål som inte
  // kan avfärdas som ofarligt"); a bomb threat belongs with them.
  'Farligt föremål, misstänkt': 'explosion',
  Bombhot: 'explosion',
  'Våld/hot mot tjänsteman': 'threat_to_official',
  // Stones thrown at firefighters, ambulances blocked: threats to public officials at work.
  'Sabotage mot blåljusverksamhet': 'threat_to_official',
  // Economic crime in the feed is money laundering and cash smuggling: crime run as business.
  Ekobrott: 'criminal_business',
  Narkotikabrott: 'suspected_drug_dealing',

  // Violence and threats
  'Mord/dråp': 'lethal_violence',
  'Mord/dråp, försök': 'lethal_violence',
  Misshandel: 'threats_and_violence',
  'Misshandel, grov': 'threats_and_violence',
  'Olaga hot': 'threats_and_violence',
  // Fights, in public and in homes.
  Bråk: 'threats_and_violence',
  // Molestation, often sexual or of children; "förargelse" is the milder part of the type.
  'Ofredande/förargelse': 'threats_and_violence',
  'Olaga frihetsberövande/människorov': 'threats_and_violence',
  'Olaga frihetsberövande': 'threats_and_violence',
  'Hets mot folkgrupp': 'threats_and_violence',
  Rån: 'robbery',
  'Rån väpnat': 'robbery',
  'Rån övrigt': 'robbery',
  'Rån, försök': 'robbery',
  // Hold-up alarms from shops (gold shops, restaurants): robberies or attempts; the text says
  // when it was a false alarm.
  'Larm Överfall': 'robbery',
  Våldtäkt: 'sexual_offence',
  'Våldtäkt, försök': 'sexual_offence',
  Sexualbrott: 'sexual_offence',
  // Indecent exposure and the like.
  Sedlighetsbrott: 'sexual_offence',
  Vapenlagen: 'weapons',
  Knivlagen: 'weapons',

  // Property
  Skadegörelse: 'vandalism',
  Stöld: 'burglary_and_theft',
  'Stöld, försök': 'burglary_and_theft',
  'Stöld/inbrott': 'burglary_and_theft',
  Inbrott: 'burglary_and_theft',
  'Inbrott, försök': 'burglary_and_theft',
  'Larm Inbrott': 'burglary_and_theft',
  'Motorfordon, stöld': 'burglary_and_theft',
  'Motorfordon, anträffat stulet': 'burglary_and_theft',
  Häleri: 'burglary_and_theft',
  // Breaking into buildings, building sites, cellars and homes without stealing.
  'Olaga intrång': 'burglary_and_theft',
  Hemfridsbrott: 'burglary_and_theft',
  Bedrägeri: 'fraud',
  // In the feed these are frauds against old people ("falska poliser", bank-ID tricks).
  Åldringsbrott: 'fraud',
  'Missbruk av urkund': 'fraud',
  Förfalskningsbrott: 'fraud',

  // Fire
  Brand: 'fire',
  Mordbrand: 'fire',
  // Published only when there is smoke or fire behind the alarm.
  'Brand automatlarm': 'fire',

  // Order in public places
  'Fylleri/LOB': 'public_disorder',
  Fylleri: 'public_disorder',
  Ordningslagen: 'public_disorder',
  // Selling alcohol to young people, drinking youths at Valborg.
  Alkohollagen: 'public_disorder',
  'Ofog barn/ungdom': 'public_disorder',
  // Mostly fireworks; real detonations are published as Explosion or Detonation.
  Smällar: 'public_disorder',
  // Policing of football matches, demonstrations, big events ("kommendering").
  'Polisinsats/kommendering': 'public_event',

  // Traffic: accidents and offences on roads and water.
  Trafikolycka: 'traffic',
  'Trafikolycka, personskada': 'traffic',
  'Trafikolycka, singel': 'traffic',
  'Trafikolycka, smitning från': 'traffic',
  'Trafikolycka, vilt': 'traffic',
  Rattfylleri: 'traffic',
  Trafikbrott: 'traffic',
  'Olovlig körning': 'traffic',
  Trafikhinder: 'traffic',
  Sjölagen: 'traffic',

  // Other: incidents worth seeing whose type says little; the text tells what happened.
  Övrigt: 'other',
  // Checks of people and vehicles that end in a suspicion (drugs, weapons) or a false alarm.
  'Kontroll person/fordon': 'other',
  Kontroll: 'other',
  // Injuries by negligence: bicycle crashes, dog bites, falling objects.
  'Vållande till kroppsskada': 'other',
  // Dumping of waste, spills, felling in nature reserves.
  Miljöbrott: 'other',
  // Drones over restricted areas, trespassing at Arlanda.
  Luftfartslagen: 'other',
  // Trespassing at protected sites (prisons, power stations, airports).
  Skyddslagen: 'other',
  'Spridning smittsamma kemikalier': 'other',
  // Found objects that could not be ruled harmless.
  'Upphittat föremål': 'other',

  // Not incidents of the situation picture (null): accidents and illness without crime,
  // searches for people, animals, lost property, the police's own planned work and
  // announcements, and summaries that repeat events published on their own.
  Arbetsplatsolycka: null,
  'Sjukdom/olycksfall': null,
  Räddningsinsats: null,
  Fjällräddning: null,
  'Varningslarm/haveri': null,
  // A death becomes "Mord/dråp" as soon as a crime is suspected.
  'Anträffad död': null,
  'Försvunnen person': null,
  'Efterlyst person': null,
  Djur: null,
  'Lagen om hundar och katter': null,
  'Anträffat gods': null,
  // Planned police checks whose results are counts; offences found are published on their own.
  Trafikkontroll: null,
  Utlänningslagen: null,
  Gränskontroll: null,
  Information: null,
  Uppdatering: null,
  'Tillfälligt obemannat': null,
  'Sammanfattning natt': null,
  'Sammanfattning kväll': null,
  'Sammanfattning kväll och natt': null,
  'Sammanfattning dygn': null,
  'Sammanfattning dag': null,
  'Sammanfattning förmiddag': null,
  'Sammanfattning eftermiddag': null,
  'Sammanfattning helg': null,
  'Sammanfattning vecka': null,
};

/** What a police event type becomes: a category, not an incident, or a type nobody has mapped yet. */
type PoliceEventCategory =
  | { status: 'category'; categoryCode: string }
  | { status: 'not_an_incident' }
  | { status: 'unmapped_type' };

const normalizeType = (type: string) =>
  type.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

const lookups = new WeakMap<object, Map<string, string | null>>();

function lookupOf(mapping: Readonly<Record<string, string | null>>): Map<string, string | null> {
  let lookup = lookups.get(mapping);
  if (lookup === undefined) {
    lookup = new Map(Object.entries(mapping).map(([type, code]) => [normalizeType(type), code]));
    lookups.set(mapping, lookup);
  }
  return lookup;
}

/**
 * Looks a police event type up in a mapping, ignoring case and repeated spaces ("Larm
 * inbrott", "Trafikolycka,  singel"). An unmapped type is reported rather than guessed, so
 * that the import can file it under "other" and tell someone to map it.
 */
export function categoryOfPoliceEventType(
  type: string,
  mapping: Readonly<Record<string, string | null>> = defaultPoliceEventTypeMapping,
): PoliceEventCategory {
  const code = lookupOf(mapping).get(normalizeType(type));
  if (code === undefined) return { status: 'unmapped_type' };
  return code === null ? { status: 'not_an_incident' } : { status: 'category', categoryCode: code };
}
