import { backoffDelay, loadMessagingSettings } from './messaging-settings';

describe('messaging settings', () => {
  it('has safe defaults: a bounded max_deliver, a backoff, an explicit max_ack_pending, a week of outbox', () => {
    const settings = loadMessagingSettings({});
    expect(settings).toMatchObject({
      streamReplicas: 1,
      maxDeliver: 8,
      backoffMs: [1000, 5000, 30_000, 120_000, 300_000],
      maxAckPending: 256,
      outboxRetentionMs: 7 * 24 * 3_600_000,
    });
    expect(settings.inboxRetentionMs).toBeGreaterThanOrEqual(settings.outboxRetentionMs);
  });

  it('keeps inbox records at least a day longer than published outbox rows, whatever is asked', () => {
    const settings = loadMessagingSettings({ OUTBOX_RETENTION_HOURS: '48', INBOX_RETENTION_HOURS: '1' });
    expect(settings.inboxRetentionMs).toBe(72 * 3_600_000);
  });

  it('refuses a backoff that is not a list of positive milliseconds', () => {
    expect(() => loadMessagingSettings({ EVENT_BACKOFF_MS: '1000,-5' })).toThrow('EVENT_BACKOFF_MS');
    expect(() => loadMessagingSettings({ EVENT_MAX_DELIVER: '1' })).toThrow('EVENT_MAX_DELIVER');
  });

  it('repeats the last backoff entry once the list is exhausted', () => {
    expect([1, 2, 3, 9].map((n) => backoffDelay([10, 20, 30], n))).toEqual([10, 20, 30, 30]);
  });
});
