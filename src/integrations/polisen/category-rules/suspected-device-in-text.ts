import { says, type CategoryRule } from './category-rule.js';

/** Words that say an explosive was there or went off. */
const explosive =
  /(?<![\p{L}])(explo\p{L}*|detonera\p{L}*|detonation\p{L}*|sprängladdning\p{L}*|sprängämne\p{L}*|sprängdeg|sprängmedel|sprängt|sprängdes|handgranat\p{L}*|bomb(en|er|erna)?|skarp\p{L}* (laddning|granat))(?![\p{L}])/iu;

/**
 * "Farligt föremål, misstänkt" is an explosion only when the text says there was an
 * explosive (a hand grenade, a charge, a detonation); a suspect object that was rubbish or
 * harmless is "other".
 */
export const suspectedDeviceInText: CategoryRule = {
  name: 'suspected-device-in-text',
  refine({ type, text }, categoryCode) {
    if (categoryCode !== 'explosion' || !/^farligt föremål/i.test(type.trim())) return null;
    return says(text, explosive) ? null : 'other';
  },
};
