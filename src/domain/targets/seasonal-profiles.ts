// Named monthly profiles for profileTargets: 12 weights, April first (the financial year). Each
// averages 1, so the same profile works as proportions for a `sum` target and as multipliers of
// the annual for an `average` or `latest` target without moving the year's level.
export const SEASONAL_PROFILES: Record<string, readonly number[]> = {
  flat: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1],
  /** Demand that rises in winter, e.g. adult social care hospital discharges, gritting. */
  'winter-peak': [0.9, 0.85, 0.8, 0.8, 0.85, 0.9, 1.0, 1.1, 1.2, 1.25, 1.2, 1.15],
  /** Demand that rises in summer, e.g. leisure visits, grass cutting, fly-tipping reports. */
  'summer-peak': [1.1, 1.15, 1.2, 1.25, 1.2, 1.05, 0.9, 0.85, 0.8, 0.8, 0.85, 0.85],
};
