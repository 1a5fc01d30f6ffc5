import {
  signInRequired,
  forbidden,
  forRoles,
  type World,
  forEveryRole,
  type MatrixEntry,
} from './matrix.js';
import { actorFor, makeUser } from '../factories.js';
import { reportIncidents } from '../../../src/domain/incidents/report-incidents.js';
import { registerSignal } from '../../../src/domain/signals/register-signal.js';
import { hereFollowUpPlan, followUpReaders } from './records.js';

/** A week (2026-W47) with an alarm for the whole municipality: made once per world. */
const alarmsMade = new WeakSet<World>();

async function hereAlarm(world: World): Promise<Record<string, unknown>> {
  if (!alarmsMade.has(world)) {
    alarmsMade.add(world);
    const reporter = actorFor(await makeUser(world.deps, world.here, ['reporter']));
    const [district] = await world.deps.store.municipalities.listDistricts(
      world.here.municipalityId,
    );
    const weekly = [1, 2, 0, 1, 1, 2, 1, 0, 1, 2, 9];
    for (const [index, count] of weekly.entries()) {
      if (count === 0) continue;
      await reportIncidents(world.deps, reporter, {
        events: Array.from({ length: count }, () => ({
          districtId: district?.id,
          occurredAt: new Date(Date.UTC(2026, 8, 8 + index * 7, 12)).toISOString(),
          categoryCode: 'youth_recruitment',
          description: 'Larm i matrisen.',
        })),
      });
    }
  }
  return { periodKey: '2026-W47', districtId: null, categoryCode: 'youth_recruitment' };
}

async function hereSignal(world: World): Promise<string> {
  const coordinator = actorFor(await makeUser(world.deps, world.here, ['coordinator']));
  const signal = await registerSignal(world.deps, coordinator, {
    categoryCode: 'youth_recruitment',
    observedAt: '2026-11-20T18:00:00Z',
    description: 'Signal i matrisen.',
    source: 'meeting',
  });
  return signal.id;
}

/** The authorization matrix's routes of one area. The situation picture, alarms, early warning, hot spots and signals. */
export const situationMatrix: Record<string, MatrixEntry> = {
  'GET /api/taxonomy': {
    outcomes: { anonymous: signInRequired, ...forEveryRole('200'), otherMunicipality: '200' },
    prepare: async () => ({}),
  },
  'GET /api/situation': {
    outcomes: { anonymous: signInRequired, ...forEveryRole('200'), otherMunicipality: '200' },
    prepare: async () => ({ query: 'period=week&key=2026-W48&lang=sv' }),
  },
  'GET /api/alarms': {
    outcomes: { anonymous: signInRequired, ...forEveryRole('200'), otherMunicipality: '200' },
    prepare: async () => ({ query: 'key=2026-W47&lang=sv' }),
  },
  'POST /api/alarms/decisions': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['coordinator'], '201'),
      otherMunicipality: forbidden,
    },
    prepare: async (world) => ({
      payload: { ...(await hereAlarm(world)), decision: 'acknowledged', comment: 'Sett.' },
    }),
  },
  'GET /api/early-warning/settings': {
    outcomes: { anonymous: signInRequired, ...forEveryRole('200'), otherMunicipality: '200' },
    prepare: async () => ({}),
  },
  'PUT /api/early-warning/settings': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin', 'coordinator'], '200'),
      otherMunicipality: '200',
    },
    prepare: async () => ({
      payload: {
        method: 'C2',
        minimumCount: 3,
        minimumSigma: 1,
        falseDiscoveryRate: 0.1,
        isSeasonalEnabled: true,
        categories: {},
        hotSpotResolution: 8,
        hotSpotFalseDiscoveryRate: 0.05,
        heatBandwidthMeters: 500,
      },
    }),
  },
  'GET /api/hot-spots': {
    outcomes: { anonymous: signInRequired, ...forEveryRole('200'), otherMunicipality: '200' },
    prepare: async () => ({ query: 'period=week&key=2026-W47' }),
  },
  'GET /api/near-repeat': {
    outcomes: {
      anonymous: signInRequired,
      ...forEveryRole(forbidden),
      ...forRoles(['coordinator', 'analyst'], '200'),
      otherMunicipality: forbidden,
    },
    prepare: async () => ({ query: 'category=shooting&period=tertial&key=2026-T3&seed=1' }),
  },
  'GET /api/heat': {
    outcomes: { anonymous: signInRequired, ...forEveryRole('200'), otherMunicipality: '200' },
    prepare: async () => ({ query: 'period=week&key=2026-W47' }),
  },
  'GET /api/signals': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['coordinator', 'analyst'], '200'),
      otherMunicipality: forbidden,
    },
    prepare: async () => ({ query: 'status=open' }),
  },
  'GET /api/signals/counts': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(
        ['admin', 'coordinator', 'analyst', 'viewer', 'caseworker', 'procurement'],
        '200',
      ),
      otherMunicipality: '200',
    },
    prepare: async () => ({ query: 'period=week&key=2026-W47' }),
  },
  'POST /api/signals': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['coordinator'], '201'),
      otherMunicipality: forbidden,
    },
    prepare: async () => ({
      payload: {
        categoryCode: 'youth_recruitment',
        observedAt: '2026-11-20T18:00:00Z',
        description: 'Unga värvas vid centrum.',
        source: 'staff',
      },
    }),
  },
  'GET /api/signals/:id': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['coordinator', 'analyst'], '200'),
      otherMunicipality: forbidden,
    },
    prepare: async (world) => ({ id: await hereSignal(world) }),
  },
  'PATCH /api/signals/:id': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['coordinator'], '200'),
      otherMunicipality: forbidden,
    },
    prepare: async (world) => ({
      id: await hereSignal(world),
      payload: { credibility: 'probable', seriousness: 'high', status: 'assessed' },
    }),
  },
  'GET /api/attention': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(followUpReaders, '200'),
      otherMunicipality: '200',
    },
    prepare: async (world) => {
      await hereFollowUpPlan(world);
      return {};
    },
  },
  'GET /api/situation/pdf': {
    outcomes: { anonymous: signInRequired, ...forEveryRole('200'), otherMunicipality: '200' },
    prepare: async () => ({ query: 'period=week&key=2026-W48&lang=sv' }),
  },
};
