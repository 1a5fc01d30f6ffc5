import { says, type CategoryRule } from './category-rule.js';

/** Words that say an explosive was there or went off. */
const explosive =
  /(?<![\p{L}])(explo\p{L}*|detonera\p{L}*|detonation\p{L}*|sprängladdning\p{L}*|sprängämne\p{L}*|sprängdeg|sprängmedel|sprängt|sprängdes|handgranat\p{L}*|bomb(en|er|erna)?|skarp\p{L}* (laddning|granat))(?![\p{L}])/iu;

/** Words that say the object was harmless: a toy, a dummy, rubbish. */
const harmless =
  /(?<![\p{L}])(ofarlig\p{L}*|leksak\p{L}*|attrapp\p{L}*|skräp|inte farlig\p{L}*|ingen fara)(?![\p{L}])/iu;

/** The police's standing phrase for an object they must check: it is not a finding of harmlessness. */
const cannotBeRuledHarmless = /avfärdas som ofarlig\p{L}*/giu;

/**
 * "Farligt föremål, misstänkt" is an explosion only when the text says there was an
 * explosive (a hand grenade, a charge, a detonation) and does not call it harmless (a toy
 * hand grenade); a suspect object that was rubbish, harmless or never explained is "other".
 */
export const suspectedDeviceInText: CategoryRule = {
  name: 'suspected-device-in-text',
  refine({ type, text }, categoryCode) {
    if (categoryCode !== 'explosion' || !/^farligt föremål/i.test(type.trim())) return null;
    const isHarmless = harmless.test(text.replace(cannotBeRuledHarmless, ''));
    return says(text, explosive) && !isHarmless ? null : 'other';
  },
};
