import { says, type CategoryRule } from './category-rule.js';

/** Categories of types under which car fires are published ("Brand", "Mordbrand", "Skadegörelse"). */
const refinable = new Set(['fire', 'vandalism']);

/** Words that say a vehicle burned: "bilbrand", "brand i en bil", "en bil brann", "brinnande bil". */
const burningVehicle =
  /(?<![\p{L}])(bilbr(and|änder|änderna|anden)|fordonsbr(and|änder|anden)|brand i (en |flera |två |tre )?(bil|bilar|personbil|lastbil|fordon|moped)\p{L}*|(bil|bilar|bilen|bilarna|personbil\p{L}*|fordon\p{L}*) (har )?(brann|brinner|brunnit|börjat brinna|i brand|satts i brand|tänts på)|brinnande (bil|bilar|fordon)\p{L}*|(eld|brand) (i|på) (en |flera )?(bil|bilar|fordon)\p{L}*)(?![\p{L}])/iu;

/** A car that caught fire while driven is an accident, not arson. */
const accident = /(?<![\p{L}])(under färd|under körning|tekniskt fel|motorbrand)(?![\p{L}])/iu;

/**
 * A fire or damage whose text says a car or other vehicle burned is a vehicle fire: car
 * fires are watched on their own (arson of cars is a sign of unrest in an area).
 */
export const vehicleArsonInText: CategoryRule = {
  name: 'vehicle-arson-in-text',
  refine({ text }, categoryCode) {
    if (!refinable.has(categoryCode) || !says(text, burningVehicle)) return null;
    return accident.test(text) ? null : 'vehicle_arson';
  },
};
