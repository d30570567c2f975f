// The shape of one entry in the demo indicator catalogue, and the "story" its figures follow.
import type {
  Frequency,
  Polarity,
  ReminderPolicy,
  UnitKind,
  YtdMethod,
} from '../domain/model/types.js';
import type { ServiceKey } from './organisation.js';

/**
 * How an indicator performs against target over the demo's history:
 * strong — comfortably better; good — around target; review — just under, now and then;
 * persistent — fine until the last five periods, then well under (Action), which is what the
 * persistent under-performance flag should catch; improving / declining — a trend;
 * context — no target, figures drift around a centre.
 */
export type Story =
  'strong' | 'good' | 'review' | 'persistent' | 'improving' | 'declining' | 'context';

/** Seasonal shapes for targets: collection is a cumulative in-year collection rate. */
export type Season = 'summer-peak' | 'winter-peak' | 'collection' | 'leisure';

export interface IndicatorSpec {
  code: string;
  title: string;
  definition: string;
  service: ServiceKey;
  /** Objective codes, `P1.1`. */
  objectives: string[];
  unit: UnitKind;
  decimals: number;
  polarity: Polarity;
  frequency: Frequency;
  ytd: YtdMethod;
  corporate?: boolean;
  /** This year's annual target, or null when none is set. */
  target: number | null;
  /** How much the target moves each year in the better direction. */
  stretch?: number;
  /** Where values sit when there is no target. */
  centre?: number;
  season?: Season;
  story: Story;
  england?: number;
  neighbours?: number;
  calculation: string;
  source: string;
  verification?: string;
  /** Whether the written procedure has an intranet page. */
  url?: boolean;
  /** Typical period denominator, so percentages carry numerator and denominator. */
  denominator?: number;
  published?: boolean;
  contextOnly?: boolean;
  retired?: boolean;
  reminder?: Partial<ReminderPolicy>;
  /** Reasons an officer gives for a dip, in their words. */
  reasons?: string[];
}
