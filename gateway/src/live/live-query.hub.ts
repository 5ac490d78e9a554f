import { ExecutionResult, GraphQLError } from 'graphql';
import { Language, translate } from '@antrian/messages';
import { LIVE_SUBJECT_WILDCARD } from '@antrian/contracts';
import { Context, context } from '@opentelemetry/api';
import { Logger } from '@antrian/logging';
import { counterMetric, inSpan } from '@antrian/observability';
import type { EventBus, Unsubscribe } from '@antrian/messaging';
import { LatestValueIterator } from './latest-value.iterator';
import { LiveFrameSink } from './live-frame.sink';
import { LiveProjection } from './live-query.normalise';
import { LiveQuery } from './live-query.planner';
import { LiveSequenceTracker } from './live-sequence.tracker';

function liveUpdateError(language: Language): GraphQLError {
  return new GraphQLError(translate(language, 'gateway.liveUpdateFailed'), {
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  });
}

function notFoundError(language: Language): GraphQLError {
  return new GraphQLError(translate(language, 'gateway.nothingToFollow'), { extensions: { code: 'NOT_FOUND' } });
}

/** Runs a live query through the gateway's own executor, as `liveQuery.identity`. */
export type LiveExecutor = (liveQuery: LiveQuery) => Promise<ExecutionResult>;

export interface LiveSubjectStats {
  groups: number;
  subscribers: number;
  /** Live messages received on this subject while it had subscribers. */
  messages: number;
  /** Executions those messages caused: at most one per group and message. */
  executions: number;
  /** Time those executions took, summed (ms): from the start of each to its result. */
  executionMs: number;
  /** Time spent handing their results to the members, summed (ms): serialising and writing frames. */
  pushMs: number;
}

export interface LiveStats {
  subscribers: number;
  groups: number;
  /** Live messages that concerned at least one subscriber. */
  messages: number;
  /** Executions caused by live messages, shared by each group's members. */
  executions: number;
  /** First payloads: one execution per group for the newcomers who joined in the same turn of the event loop. */
  initialExecutions: number;
  /** Subjects with subscribers now, by subject. */
  subjects: Record<string, LiveSubjectStats>;
  /** Resyncs: every group (or a publisher's groups) run again after a reconnection or a gap. */
  resyncs: number;
  /** Gaps seen in publishers' live sequences. */
  gaps: number;
}

interface Member {
  /** The execution count when the member joined: results of earlier executions may predate its first payload. */
  readonly joinedAt: number;
  /** Its own selection's view of the group's results. */
  readonly projection: LiveProjection;
  /** Ends with the subscription; carries its payloads unless a sink does. */
  readonly iterator: LatestValueIterator<ExecutionResult>;
  /** Where its payloads go, serialised once per selection, when the socket takes them from the hub directly. */
  readonly sink?: LiveFrameSink;
  /** Whether its first payload has gone out. */
  ready: boolean;
  /** The newest shared result that arrived before the first payload went out, and its execution's number. */
  pending?: { result: ExecutionResult; execution: number };
}

interface Group {
  readonly liveQuery: LiveQuery;
  readonly members: Set<Member>;
  running: boolean;
  /** A message arrived while an execution ran: run once more afterwards, however many arrived. */
  rerun: boolean;
  /** The trace of the newest message: the next execution continues it. */
  trace?: Context;
  /** The first payloads of the newcomers who joined since the last one started: one execution for all of them. */
  joining?: Promise<FirstRun>;
}

interface FirstRun {
  result: ExecutionResult;
  /** The execution count when it started: the results of executions up to this one may be older than it. */
  startedAfter: number;
}

interface SubjectState {
  readonly groups: Map<string, Group>;
  messages: number;
  executions: number;
  executionMs: number;
  pushMs: number;
}

/**
 * Holds the live subscriptions of one gateway. Subscribers whose live queries share a group key
 * (the same normalised selection, visibility and language) form a group; each live message on a subject
 * costs each of its groups one execution, however many members the group has, and messages that
 * arrive while a group's execution runs are coalesced into a single further execution. Each member
 * gets the result in the shape of her own selection (her aliases).
 */
export class LiveQueryHub {
  private readonly subjects = new Map<string, SubjectState>();
  private startedExecutions = 0;
  private readonly totals = { subscribers: 0, groups: 0, messages: 0, executions: 0, initialExecutions: 0 };
  private unsubscribe: Unsubscribe | undefined;
  private stopResyncOnReconnect: (() => void) | undefined;
  private readonly sequences = new LiveSequenceTracker();
  private resyncCount = 0;
  private readonly metrics = {
    messages: counterMetric('antrian_gateway_live_messages_total', 'Live messages that concerned a subscriber'),
    executions: counterMetric(
      'antrian_gateway_live_executions_total',
      'Live query executions: one per group and live message (coalesced), and one per group for the newcomers of a turn of the event loop',
      ['cause'],
    ),
  };

  constructor(
    private readonly execute: LiveExecutor,
    private readonly logger: Logger,
  ) {}

  /**
   * One bus subscription for every live subject; messages are dispatched by subject here. When
   * the bus gets its connection back, every group runs again: changes made meanwhile sent no
   * message that arrived.
   */
  async listen(bus: Pick<EventBus, 'subscribeLive' | 'onConnected'>): Promise<void> {
    this.unsubscribe = await bus.subscribeLive(LIVE_SUBJECT_WILDCARD, (subject, data) =>
      this.onLiveMessage(subject, data),
    );
    this.stopResyncOnReconnect = bus.onConnected?.(() => this.resync('the connection to NATS came back'));
  }

  onLiveMessage(subject: string, data?: unknown): void {
    const missed = this.sequences.observe(subject, data);
    const state = this.subjects.get(subject);
    if (state) {
      state.messages++;
      this.totals.messages++;
    }
    // The resync runs this subject's groups too (a publisher's prefixes include this message's).
    if (missed) return this.resync('a live message was missed', (other) => missed.some((p) => other.startsWith(p)));
    if (!state) return;
    this.metrics.messages.inc();
    // The bus runs this handler in the publisher's trace (when traced).
    const trace = context.active();
    for (const group of state.groups.values()) {
      group.trace = trace;
      if (group.running) group.rerun = true;
      else void this.runGroup(group, state);
    }
  }

  /**
   * Resolves the first payload for this subscriber alone, as it has seen nothing yet. A first
   * result with errors (not found, forbidden...) is returned as is, which ends the subscription;
   * otherwise the subscriber gets an iterator of payloads that starts with it. With a `sink`, the
   * payloads (the first one too) go to the sink instead, and the iterator only ends.
   */
  async subscribe(
    liveQuery: LiveQuery,
    sink?: LiveFrameSink,
  ): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
    const group = this.join(liveQuery);
    const member: Member = {
      joinedAt: this.startedExecutions,
      projection: liveQuery.projection,
      iterator: new LatestValueIterator(() => this.leave(group, member)),
      sink,
      ready: false,
    };
    group.members.add(member);
    this.totals.subscribers++;

    const { result, startedAfter } = await this.firstRun(group);
    let first = this.projected(member.projection, result, liveQuery.language);
    if (liveQuery.nullIsNotFound && !first.errors?.length && Object.values(first.data ?? {})[0] === null) {
      first = { errors: [notFoundError(liveQuery.language)] };
    }
    if (first.errors?.length) {
      member.iterator.finish();
      return first;
    }
    this.deliver(member, first);
    member.ready = true;
    // A shared execution that started after the member joined but before her first run started
    // (they are a setImmediate apart) may hold older data than the first payload: only one that
    // started later may follow it.
    if (member.pending && member.pending.execution > startedAfter) this.deliver(member, member.pending.result);
    member.pending = undefined;
    return member.iterator;
  }

  /**
   * Runs every group (whose subject `concerns`, default all) once more, so that each subscriber
   * gets what is true now. A group running already runs once more afterwards.
   */
  resync(why: string, concerns: (subject: string) => boolean = () => true): void {
    let groups = 0;
    for (const [subject, state] of this.subjects) {
      if (!concerns(subject)) continue;
      for (const group of state.groups.values()) {
        groups++;
        if (group.running) group.rerun = true;
        else void this.runGroup(group, state);
      }
    }
    this.resyncCount++;
    this.logger.info({ groups, why }, 'live groups resynced');
  }

  stats(): LiveStats {
    const subjects: Record<string, LiveSubjectStats> = {};
    for (const [subject, state] of this.subjects) {
      let subscribers = 0;
      for (const group of state.groups.values()) subscribers += group.members.size;
      subjects[subject] = {
        groups: state.groups.size,
        subscribers,
        messages: state.messages,
        executions: state.executions,
        executionMs: state.executionMs,
        pushMs: state.pushMs,
      };
    }
    return { ...this.totals, subjects, resyncs: this.resyncCount, gaps: this.sequences.gaps };
  }

  /** Ends every subscription (their clients get `complete`) and leaves the bus, which stays open. */
  async close(): Promise<void> {
    this.stopResyncOnReconnect?.();
    await this.unsubscribe?.();
    this.unsubscribe = undefined;
    for (const state of [...this.subjects.values()]) {
      for (const group of [...state.groups.values()]) {
        for (const member of [...group.members]) member.iterator.finish();
      }
    }
  }

  private join(liveQuery: LiveQuery): Group {
    let state = this.subjects.get(liveQuery.subject);
    if (!state) {
      state = { groups: new Map(), messages: 0, executions: 0, executionMs: 0, pushMs: 0 };
      this.subjects.set(liveQuery.subject, state);
    }
    let group = state.groups.get(liveQuery.groupKey);
    if (!group) {
      group = { liveQuery, members: new Set(), running: false, rerun: false };
      state.groups.set(liveQuery.groupKey, group);
      this.totals.groups++;
    }
    return group;
  }

  private deliver(member: Member, result: ExecutionResult): void {
    if (member.sink) member.sink.next(JSON.stringify(result));
    else member.iterator.push(result);
  }

  private leave(group: Group, member: Member): void {
    member.sink?.close();
    if (!group.members.delete(member)) return;
    this.totals.subscribers--;
    if (group.members.size > 0) return;
    const { subject, groupKey } = group.liveQuery;
    const state = this.subjects.get(subject);
    if (state?.groups.get(groupKey) !== group) return;
    state.groups.delete(groupKey);
    this.totals.groups--;
    if (state.groups.size === 0) this.subjects.delete(subject);
  }

  /**
   * Newcomers of a group who arrive before its next first-payload execution starts (in the same
   * turn of the event loop) share that execution: each joined before it started, so none gets a
   * result older than her joining, and a reconnecting crowd of ten thousand boards costs a few
   * executions instead of ten thousand at once (which the subgraph answered with SERVICE_UNAVAILABLE).
   * The group's members share visibility and language, as they share every later result.
   */
  private firstRun(group: Group): Promise<FirstRun> {
    group.joining ??= new Promise<void>((resolve) => setImmediate(resolve)).then(async () => {
      group.joining = undefined;
      this.totals.initialExecutions++;
      this.metrics.executions.inc({ cause: 'subscribe' });
      const startedAfter = this.startedExecutions;
      return { result: await this.run(group.liveQuery), startedAfter };
    });
    return group.joining;
  }

  private async runGroup(group: Group, state: SubjectState): Promise<void> {
    group.running = true;
    try {
      do {
        group.rerun = false;
        const execution = ++this.startedExecutions;
        state.executions++;
        this.totals.executions++;
        this.metrics.executions.inc({ cause: 'message' });
        const started = performance.now();
        const result = await inSpan(
          'live execution',
          { parent: group.trace, attributes: { 'antrian.live.subject': group.liveQuery.subject } },
          () => this.run(group.liveQuery),
        );
        const executed = performance.now();
        state.executionMs += executed - started;
        // Members who wrote their selection alike (most of them) share one projection too, and
        // its JSON: serialised once, when the first member that takes frames needs it.
        const projections = new Map<string, { result: ExecutionResult; json?: string }>();
        for (const member of group.members) {
          if (member.joinedAt >= execution) continue;
          let own = projections.get(member.projection.key);
          if (!own) {
            own = { result: this.projected(member.projection, result, group.liveQuery.language) };
            projections.set(member.projection.key, own);
          }
          if (!member.ready) member.pending = { result: own.result, execution };
          else if (member.sink) member.sink.next((own.json ??= JSON.stringify(own.result)));
          else member.iterator.push(own.result);
        }
        state.pushMs += performance.now() - executed;
      } while (group.rerun && group.members.size > 0);
    } finally {
      group.running = false;
    }
  }

  private projected(projection: LiveProjection, result: ExecutionResult, language: Language): ExecutionResult {
    try {
      return projection.apply(result);
    } catch (error) {
      this.logger.error({ err: error }, 'A live result could not be projected onto a selection');
      return { errors: [liveUpdateError(language)] };
    }
  }

  private async run(liveQuery: LiveQuery): Promise<ExecutionResult> {
    try {
      return await this.execute(liveQuery);
    } catch (error) {
      this.logger.error({ err: error, subject: liveQuery.subject }, 'A live query could not be executed');
      return { errors: [liveUpdateError(liveQuery.language)] };
    }
  }
}
