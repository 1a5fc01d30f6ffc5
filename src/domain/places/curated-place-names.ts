import type { PlaceName } from './place-name.js';

const place = (
  name: string,
  districtName: string | null = null,
  alternativeNames: readonly string[] = [],
): PlaceName => ({
  name,
  alternativeNames,
  point: null,
  districtNames: districtName === null ? [] : [districtName],
});

/**
 * Huddinge's districts and well-known places, checked by hand against its events. Membership
 * of the three utsatta områden ("Vårby", "Skogås", "Grantorp / Visättra": the names in the
 * police's district layer) is by name: Skogås as a whole counts as the area Skogås, and
 * Flemingsberg as Grantorp / Visättra (the area was first listed as Flemingsberg), though
 * both places are larger than the areas. Street names are not places: "Huddingevägen" lies
 * in Stockholm. The shipped gazetteer gives these places their points.
 */
const huddinge: readonly PlaceName[] = [
  // "Flemningsberg": event 628320.
  place('Flemingsberg', 'Grantorp / Visättra', ['Flemningsberg']),
  place('Grantorp', 'Grantorp / Visättra'),
  place('Visättra', 'Grantorp / Visättra'),
  place('Skogås', 'Skogås'),
  // "Vårbyparkens bollplan": event 628454.
  place('Vårby', 'Vårby', ['Vårbyparken']),
  place('Vårby gård', 'Vårby'),
  place('Vårby haga', 'Vårby'),
  // The E4 hill west of the area: traffic there is not the area's (event 513007).
  place('Vårby backe'),
  // Masmo, like Vårby gård and Vårby haga, lies inside the area's polygon.
  place('Masmo', 'Vårby'),
  place('Huddinge centrum', null, ['centrala Huddinge', 'Huddinge C']),
  place('Kästa'),
  place('Glömsta'),
  place('Trångsund'),
  place('Segeltorp'),
  place('Kungens kurva'),
  place('Stuvsta'),
  place('Snättringe'),
  place('Fullersta'),
  place('Sjödalen'),
  place('Balingsnäs'),
  place('Länna'),
  place('Myrstuguberget'),
  // "Ågestabadet": event 595140.
  place('Ågesta', null, ['Ågestabadet']),
  place('Lissma'),
  place('Vidja'),
  place('Källbrink'),
  place('Drevviksstrand'),
  // Events 426065, 430734, 538586.
  place('Sundby'),
  // The lake and nature reserve; "Gömmerns": event 589922.
  place('Gömmaren', null, ['Gömmern']),
];

/** Hand-made place lists by kommunkod; they add to, and win over, the shipped gazetteer. */
export const curatedPlaceNames: Readonly<Record<string, readonly PlaceName[]>> = {
  '0126': huddinge,
};
