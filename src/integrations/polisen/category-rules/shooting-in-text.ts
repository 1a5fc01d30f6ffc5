import { says, type CategoryRule } from './category-rule.js';

/** Categories of types under which the police publish shootings ("Mord/dråp, försök", "Vapenlagen", "Misshandel, grov"). */
const refinable = new Set(['lethal_violence', 'weapons', 'threats_and_violence']);

/**
 * Words that say shots were fired: "skottlossning", "sköts", "skjuten", "skjutits",
 * "beskjuts", "skottskadad", "skotthål", "skott avlossades", "avlossat skott". A shot heard
 * that turned out to be fireworks is written with a negation or as "smällar", not with these.
 */
const shots =
  /(?<![\p{L}])(skottlossning\p{L}*|sköts|skjuten|skjutna|skjutits|skjutit|beskjut\p{L}*|skottskad\p{L}*|skotthål\p{L}*|skott (har )?avlossa\p{L}*|avlossa\p{L}* (flera |ett |några )?skott|träffa\p{L}* av skott)(?![\p{L}])/iu;

/** Guns that are not firearms, and lasers: "skjutit med grön laser", "beskjutna med soft airgun". */
const notFirearms =
  /(?<![\p{L}])(laser\p{L}*|soft ?air\p{L}*|airsoft\p{L}*|luftgevär\p{L}*|luftpistol\p{L}*|paintball\p{L}*|kolsyre\p{L}*|leksaksvapen|fyrverkeri\p{L}*|raket\p{L}*|pilbåge)(?![\p{L}])/iu;

/**
 * A violent crime, weapons offence or assault whose text says shots were fired is a
 * shooting: one of the signals of organized crime that must stand out (in Huddinge none of
 * four shootings typed "Mord/dråp" or "Vapenlagen" counted as one).
 */
export const shootingInText: CategoryRule = {
  name: 'shooting-in-text',
  refine({ text }, categoryCode) {
    if (!refinable.has(categoryCode) || !says(text, shots)) return null;
    return notFirearms.test(text) ? null : 'shooting';
  },
};
