import { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { EventEnvelope } from '@antrian/contracts';
import { ConsumeOptions, EventBus, EventHandler, LiveHandler, Unsubscribe } from '@antrian/messaging';

/**
 * `npm start` without NATS runs one in-process event bus in the launcher; each subgraph runs in
 * a child process (NestJS keeps code-first GraphQL types in one process-wide registry, so two
 * subgraphs cannot share a process) and reaches that bus through this bridge over the IPC
 * channel. Same contract as any other bus: a handler that throws gets the event again.
 */
type ChildMessage =
  | { bus: 'publish'; requestId: string; envelope: EventEnvelope }
  | { bus: 'consume'; requestId: string; consumerId: string; durable: string; subjects: string[] }
  | { bus: 'unconsume'; requestId: string; consumerId: string }
  | { bus: 'handled'; deliveryId: string; error?: string }
  | { bus: 'publishLive'; subject: string; data: unknown }
  | { bus: 'subscribeLive'; requestId: string; subscriptionId: string; subject: string }
  | { bus: 'unsubscribeLive'; requestId: string; subscriptionId: string };

type HostMessage =
  | { bus: 'reply'; requestId: string; error?: string }
  | { bus: 'deliver'; deliveryId: string; consumerId: string; envelope: EventEnvelope }
  | { bus: 'live'; subscriptionId: string; subject: string; data: unknown };

function isBusMessage<T extends { bus: string }>(message: unknown): message is T {
  return typeof message === 'object' && message !== null && 'bus' in message;
}

/** The subgraph's side: an EventBus whose every call is answered by the launcher. */
export class IpcEventBus implements EventBus {
  readonly durable = false;
  private readonly pending = new Map<string, { resolve: () => void; reject: (error: Error) => void }>();
  private readonly consumers = new Map<string, EventHandler>();
  private readonly liveHandlers = new Map<string, LiveHandler>();
  private readonly listener = (message: unknown) => this.receive(message);

  constructor() {
    if (!process.send) throw new Error('IpcEventBus runs only in a child process started with an IPC channel');
    process.on('message', this.listener);
  }

  publish(envelope: EventEnvelope): Promise<void> {
    return this.request((requestId) => ({ bus: 'publish', requestId, envelope }));
  }

  async consume(options: ConsumeOptions): Promise<Unsubscribe> {
    const consumerId = randomUUID();
    this.consumers.set(consumerId, options.handler);
    await this.request((requestId) => ({
      bus: 'consume',
      requestId,
      consumerId,
      durable: options.durable,
      subjects: options.subjects,
    }));
    return async () => {
      await this.request((requestId) => ({ bus: 'unconsume', requestId, consumerId }));
      this.consumers.delete(consumerId);
    };
  }

  publishLive(subject: string, data?: unknown): void {
    this.send({ bus: 'publishLive', subject, data });
  }

  async subscribeLive(subject: string, handler: LiveHandler): Promise<Unsubscribe> {
    const subscriptionId = randomUUID();
    this.liveHandlers.set(subscriptionId, handler);
    await this.request((requestId) => ({ bus: 'subscribeLive', requestId, subscriptionId, subject }));
    return async () => {
      this.liveHandlers.delete(subscriptionId);
      await this.request((requestId) => ({ bus: 'unsubscribeLive', requestId, subscriptionId }));
    };
  }

  /** Only the gateway watches events, and it runs in the launcher, beside the bus itself. */
  async watchEvents(): Promise<Unsubscribe> {
    throw new Error('Watching events is not served to subgraph processes');
  }

  async close(): Promise<void> {
    process.off('message', this.listener);
    for (const { reject } of this.pending.values()) reject(new Error('The event bus was closed'));
    this.pending.clear();
  }

  private send(message: ChildMessage): void {
    if (process.connected) process.send!(message);
  }

  private request(build: (requestId: string) => ChildMessage): Promise<void> {
    const requestId = randomUUID();
    return new Promise<void>((resolve, reject) => {
      this.pending.set(requestId, { resolve, reject });
      this.send(build(requestId));
    });
  }

  private receive(message: unknown): void {
    if (!isBusMessage<HostMessage>(message)) return;
    if (message.bus === 'reply') {
      const pending = this.pending.get(message.requestId);
      this.pending.delete(message.requestId);
      if (message.error) pending?.reject(new Error(message.error));
      else pending?.resolve();
    } else if (message.bus === 'deliver') {
      const handler = this.consumers.get(message.consumerId);
      const done = (error?: string) => this.send({ bus: 'handled', deliveryId: message.deliveryId, error });
      if (!handler) return done('the consumer has left');
      handler(message.envelope).then(
        () => done(),
        (error: unknown) => done(error instanceof Error ? error.message : String(error)),
      );
    } else if (message.bus === 'live') {
      this.liveHandlers.get(message.subscriptionId)?.(message.subject, message.data);
    }
  }
}

/** The launcher's side: serves one child's calls from the launcher's own bus. */
export function serveBusToChild(bus: EventBus, child: ChildProcess): () => Promise<void> {
  const consumers = new Map<string, Unsubscribe>();
  const subscriptions = new Map<string, Unsubscribe>();
  const deliveries = new Map<string, { resolve: () => void; reject: (error: Error) => void }>();
  const send = (message: HostMessage) => {
    if (child.connected) child.send(message);
  };
  const reply = (requestId: string, work: Promise<unknown>) =>
    work.then(
      () => send({ bus: 'reply', requestId }),
      (error: unknown) =>
        send({ bus: 'reply', requestId, error: error instanceof Error ? error.message : String(error) }),
    );

  const onMessage = (message: unknown) => {
    if (!isBusMessage<ChildMessage>(message)) return;
    switch (message.bus) {
      case 'publish':
        return void reply(message.requestId, bus.publish(message.envelope));
      case 'consume': {
        const { consumerId } = message;
        const handler: EventHandler = (envelope) =>
          new Promise<void>((resolve, reject) => {
            const deliveryId = randomUUID();
            deliveries.set(deliveryId, { resolve, reject });
            send({ bus: 'deliver', deliveryId, consumerId, envelope });
          });
        return void reply(
          message.requestId,
          bus.consume({ durable: message.durable, subjects: message.subjects, handler }).then((stop) => {
            consumers.set(consumerId, stop);
          }),
        );
      }
      case 'unconsume': {
        const stop = consumers.get(message.consumerId);
        consumers.delete(message.consumerId);
        return void reply(message.requestId, stop ? stop() : Promise.resolve());
      }
      case 'handled': {
        const delivery = deliveries.get(message.deliveryId);
        deliveries.delete(message.deliveryId);
        if (message.error) delivery?.reject(new Error(message.error));
        else delivery?.resolve();
        return;
      }
      case 'publishLive':
        return bus.publishLive(message.subject, message.data);
      case 'subscribeLive': {
        const { subscriptionId } = message;
        return void reply(
          message.requestId,
          bus
            .subscribeLive(message.subject, (subject, data) => send({ bus: 'live', subscriptionId, subject, data }))
            .then((stop) => {
              subscriptions.set(subscriptionId, stop);
            }),
        );
      }
      case 'unsubscribeLive': {
        const stop = subscriptions.get(message.subscriptionId);
        subscriptions.delete(message.subscriptionId);
        return void reply(message.requestId, stop ? stop() : Promise.resolve());
      }
    }
  };
  child.on('message', onMessage);

  return async () => {
    child.off('message', onMessage);
    // A delivery the child can no longer answer goes back to the bus, which redelivers it later.
    for (const delivery of deliveries.values()) delivery.reject(new Error('the subgraph stopped'));
    deliveries.clear();
    await Promise.all([...consumers.values(), ...subscriptions.values()].map((stop) => stop()));
  };
}
