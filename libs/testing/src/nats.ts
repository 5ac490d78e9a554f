/** NATS tests run when `NATS_URL` is set (always in CI) and are reported as skipped otherwise. */
export const natsUrl = process.env.NATS_URL;

export const describeWithNats: jest.Describe = natsUrl ? describe : describe.skip;
