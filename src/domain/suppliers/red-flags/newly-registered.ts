import { addMonths } from '../../follow-up/follow-up-schedule.js';
import type { RedFlagRuleFunction } from './red-flag.js';

/** Months within which a registration counts as new. */
const newlyRegisteredMonths = 12;

/**
 * Newly registered company (EBM: "nystartat bolag"): registered with Bolagsverket less than
 * twelve months ago, by the latest registry record. A new company is not wrong in itself,
 * but fronts and shell companies often are new. Medium.
 */
export const newlyRegistered: RedFlagRuleFunction = ({ registryRecord, today }) => {
  const registeredOn = registryRecord?.registeredOn;
  if (!registeredOn || registeredOn <= addMonths(today, -newlyRegisteredMonths)) return [];
  return [
    {
      rule: 'newly_registered',
      level: 'medium',
      reason: `Registered on ${registeredOn}, less than ${newlyRegisteredMonths} months ago.`,
      params: { registeredOn, months: newlyRegisteredMonths },
    },
  ];
};
