import type { EarlyWarningMessages } from './early-warning-sv';

const percent = (rate: number) => `${Math.round(rate * 1000) / 10}%`;

/** English texts of the early warning. Typed from the Swedish catalog. */
export const earlyWarningEn: EarlyWarningMessages = {
  alarms: {
    heading: 'Alarms',
    intro: (tested: number, minimum: number, rate: number) =>
      `${tested} series (area × category) were tested this week. An alarm needs at least ${minimum} incidents, and the share of false alarms is kept below ${percent(rate)} (false discovery control).`,
    onlyWeeks: 'Alarms are computed for weeks only. Choose the period type Week to see them.',
    empty: 'No alarms this week.',
    listLabel: "The week's alarms",
    howCounted: 'How the alarm was counted',
    method: 'Method',
    methods: {
      C1: 'EARS C1 (compared with the latest weeks)',
      C2: 'EARS C2 (compared with the weeks before the latest)',
      C3: "EARS C3 (adds up the last three weeks' deviations)",
      farrington: 'Farrington (seasonal model with earlier years)',
    },
    observed: 'Count',
    expected: 'Expected',
    threshold: 'Threshold',
    undecided: 'Not handled yet',
    decided: {
      acknowledged: (when: string) => `Acknowledged ${when}`,
      dismissed: (when: string) => `Dismissed ${when}`,
    },
    comment: 'Comment',
    acknowledge: 'Acknowledge',
    dismiss: 'Dismiss',
    actionsFor: (sentence: string) => `Actions for the alarm: ${sentence}`,
    dialog: {
      acknowledged: 'Acknowledge the alarm',
      dismissed: 'Dismiss the alarm',
    },
    dialogIntro: {
      acknowledged:
        'Acknowledge when the alarm has been seen and is being handled. Say what is done, for example that it is raised at the weekly meeting.',
      dismissed:
        'Dismiss when the alarm does not reflect a real rise, for example duplicates or a change in how reports are made.',
    },
    commentLabel: 'Comment',
    commentHelp: 'The comment is kept with the alarm and in the audit log.',
    commentRequired: 'Write a comment.',
    submit: {
      acknowledged: 'Acknowledge',
      dismissed: 'Dismiss',
    },
    done: {
      acknowledged: 'The alarm is acknowledged.',
      dismissed: 'The alarm is dismissed.',
    },
    gone: "The alarm no longer exists, for example because incidents were reviewed again or the settings changed. Reload the page to see the week's alarms.",
    mapNote: 'Areas with an alarm have a red outline on the map.',
    mapLegend: 'Area with an alarm',
  },
  signalCounts: {
    heading: 'Signals of organized crime this period',
    total: (count: number) =>
      count === 1 ? '1 signal registered.' : `${count} signals registered.`,
    empty: 'No signals registered in the period.',
    byCategory: 'By category',
    byDistrict: 'By area',
    byStatus: 'By status',
    registerLink: 'Open the signal register',
  },
  layers: {
    legend: 'Show on the map',
    hotSpots: 'Hot spots',
    heat: 'Heat map',
    loading: 'Loading the map layer…',
    hotSpotsAbout: (rate: number) =>
      `Hot spots are cells where incidents lie closer together than chance explains (Getis-Ord Gi*, with the false discovery rate q ≤ ${percent(rate)}); cold spots are sparser than expected.`,
    hotSpotsMethod: 'How the dense places were counted',
    hotSpotsMethodText: (rate: number) =>
      `Method: Getis-Ord Gi* on an H3 grid, with a false discovery rate (q) of at most ${Math.round(rate * 1000) / 10} %.`,
    hotSpotsCount: (hot: number, cold: number) =>
      `${hot} hot spots and ${cold} cold spots this period.`,
    hotSpotsOutside: (count: number) =>
      count === 1
        ? '1 incident with a point lies outside the grid.'
        : `${count} incidents with a point lie outside the grid.`,
    hot: 'Hot spot: more incidents than expected',
    cold: 'Cold spot: fewer incidents than expected',
    heatAbout: (bandwidth: number) =>
      `The heat map shows how densely incidents with a point lie (incidents per km², smoothed over ${bandwidth} metres).`,
    heatLow: 'Sparse',
    heatHigh: (maximum: string) => `Densest (${maximum} per km²)`,
    heatEmpty: 'No incidents with a point this period.',
  },
  settings: {
    title: 'Early warning',
    intro:
      'How Tryggve finds alarms, hot spots and heat maps. Changes apply at once and are kept in the audit log.',
    alarmsHeading: 'Alarms',
    method: 'Method for series without three years of history',
    methodHelp:
      'C1 compares with the latest weeks, C2 skips the two closest, and C3 also reacts to rises several weeks in a row.',
    methods: { C1: 'EARS C1', C2: 'EARS C2', C3: 'EARS C3' },
    minimumCount: 'Smallest number of incidents for an alarm',
    minimumCountHelp: 'A week with fewer incidents never gives an alarm, however unusual it is.',
    falseDiscoveryRate: 'Highest share of false alarms (%)',
    falseDiscoveryRateHelp:
      'How large a share of the alarms may be chance when many series are tested at once.',
    seasonal: 'Use the seasonal model when there are three years of history',
    seasonalHelp:
      "Farrington's method compares with the same time in earlier years, so that a summer rise, say, does not alarm every year.",
    seasonalThreshold: "The seasonal method's threshold",
    seasonalThresholdHelp:
      "The default is Noufaily's threshold (negative binomial), which gives fewer false alarms in sparse series. Farrington's original threshold is R's default and gives somewhat more alarms.",
    seasonalThresholds: {
      nbPlugin: 'Noufaily (negative binomial, default)',
      delta: "Farrington (delta method, R's default)",
      muan: "Noufaily with the model's uncertainty",
    },
    seasonalPowerTransform: "Power transform of Farrington's threshold",
    seasonalPowerTransformHelp:
      "Only for Farrington's threshold. 2/3 is R's default and makes the distribution more symmetric.",
    seasonalPowerTransforms: { '2/3': '2/3 (default)', '1/2': '1/2 (square root)', none: 'None' },
    categoriesHeading: 'Categories',
    categoriesHelp:
      'Switch off categories that should not give alarms, or give a category a minimum of its own.',
    categoryEnabled: (label: string) => `Alarms for ${label}`,
    categoryMinimum: (label: string) => `Minimum for ${label}`,
    categoryMinimumPlaceholder: 'As above',
    mapHeading: 'Hot spots and heat map',
    hotSpotResolution: 'Fineness of the grid (H3 resolution 6–10)',
    hotSpotResolutionHelp:
      'Higher numbers give smaller cells: 8 is about a block (0.7 km²), 6 a district (36 km²).',
    hotSpotFalseDiscoveryRate: 'Highest share of false hot spots (%)',
    hotSpotFalseDiscoveryRateHelp: 'How large a share of the marked cells may be chance.',
    heatBandwidth: 'Smoothing of the heat map (metres)',
    heatBandwidthHelp:
      'How far each incident is spread out on the heat map; larger numbers give a smoother map.',
    save: 'Save the settings',
    saved: 'The settings are saved.',
    invalid: 'Check the marked fields.',
    rangeInteger: (from: number, to: number) => `Give a whole number from ${from} to ${to}.`,
    rangePercent: 'Give a share above 0 and at most 50%.',
  },
};
