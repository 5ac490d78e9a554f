/** NATS tests run when `NATS_URL` is set (always in CI) and are reported as skipped otherwise. */
export const natsUrl = process.env.NATS_URL;

// Outside Jest (benchmarks import this lib too) there is no `describe`.
export const describeWithNats = (
  typeof describe === 'undefined' ? undefined : natsUrl ? describe : describe.skip
) as jest.Describe;
