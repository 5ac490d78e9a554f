import { collectedGauge, counterMetric, removeCollector } from './metrics-registry';

/** What the office does, counted where it happens (after the transaction commits). */
export const domainMetrics = {
  /** A booking made (scheduling). */
  bookingMade: () => counterMetric('antrian_bookings_total', 'Bookings made').inc(),
  /** A ticket issued at check-in, booked or walk-in (counter). */
  checkedIn: (kind: 'booked' | 'walk_in') =>
    counterMetric('antrian_check_ins_total', 'Check-ins: tickets issued at the kiosk or desk', ['kind']).inc({ kind }),
  /** A ticket called to a counter (counter). */
  called: () => counterMetric('antrian_calls_total', 'Tickets called to a counter').inc(),
};

/**
 * The port a service implements for things an operator must look at: how many are open now. The
 * gauge asks it at every scrape, so it must be one cheap query (an indexed count).
 */
export interface OpenCountSource {
  countOpen(): Promise<number>;
}

export const DEAD_LETTERS_OPEN = 'antrian_dead_letters_open';
export const RECONCILIATION_CASES_OPEN = 'antrian_reconciliation_cases_open';

const OPEN_GAUGES = {
  [DEAD_LETTERS_OPEN]: 'Events a consumer gave up on, waiting for an operator (dead_letter_event)',
  [RECONCILIATION_CASES_OPEN]: 'Disagreements between services waiting for an operator (reconciliation_case)',
} as const;

export type OpenGauge = keyof typeof OPEN_GAUGES;

/**
 * Registers what a gauge of open cases reads at scrape time; returns the unregistration. Until a
 * service registers a source the gauge reads 0. Example, in the service that owns the table:
 * `registerOpenCount(DEAD_LETTERS_OPEN, { countOpen: () => repository.countOpen() })`.
 */
export function registerOpenCount(gauge: OpenGauge, source: OpenCountSource): () => void {
  collectedGauge(gauge, OPEN_GAUGES[gauge], [], async (metric) => metric.set(await source.countOpen()));
  return () => removeCollector(gauge);
}

/** The gauges exist (at 0) in every process from the start, so dashboards and alerts find them. */
export function defineOpenCountGauges(): void {
  for (const [name, help] of Object.entries(OPEN_GAUGES)) collectedGauge(name, help, [], () => undefined);
}
