/** Used until a stage has completed services to learn from. */
export const DEFAULT_SERVICE_SECONDS = 300;
/** The service pace of a stage is the mean of its latest this-many completed services at the office. */
export const PACE_SAMPLE_SIZE = 20;

/**
 * The wait a phone shows: the tickets ahead (and her own) times the stage's recent service time,
 * shared among the counters open for the stage. With no open counter the estimate assumes one,
 * since somebody will open one; it is a hint, not a promise.
 */
export function estimateWaitSeconds(
  position: number,
  averageServiceSeconds: number | null,
  openCounters: number,
): number {
  const pace = averageServiceSeconds && averageServiceSeconds > 0 ? averageServiceSeconds : DEFAULT_SERVICE_SECONDS;
  return Math.round((Math.max(position, 1) * pace) / Math.max(openCounters, 1));
}
