import WebSocket from 'ws';

/**
 * Where the hub writes one subscriber's payloads itself, already serialised: a group's result is
 * turned into JSON once per selection, not once per subscriber as graphql-ws would (its `next`
 * re-serialises the whole payload for every socket, which at ten thousand boards is most of the
 * fan-out's cost).
 */
export interface LiveFrameSink {
  /** Sends the `next` frame around this JSON payload; while the socket still writes the last one, keeps only the newest. */
  next(payloadJson: string): void;
  /** No frame after this one (the subscription completed or its socket closed). */
  close(): void;
}

/**
 * The graphql-ws `next` frame of subscription `id` on `socket`, written as graphql-ws would. Like
 * the hub's LatestValueIterator, it keeps only the newest payload: a subscriber whose socket
 * drains slowly skips stale payloads instead of queueing them without bound. `isLive` says
 * whether graphql-ws still runs the subscription: the hub writes the first payload before
 * graphql-ws has the iterator, and a client that sent `complete` meanwhile must get no `next`
 * after it (the protocol forbids it).
 */
export function socketFrameSink(
  socket: Pick<WebSocket, 'send' | 'readyState'>,
  id: string,
  isLive: () => boolean = () => true,
): LiveFrameSink {
  const prefix = `{"id":${JSON.stringify(id)},"type":"next","payload":`;
  let writing = false;
  let closed = false;
  let newest: string | undefined;
  const write = (payloadJson: string): void => {
    if (closed || socket.readyState !== WebSocket.OPEN || !isLive()) return;
    writing = true;
    socket.send(`${prefix}${payloadJson}}`, () => {
      writing = false;
      const next = newest;
      newest = undefined;
      if (next !== undefined) write(next);
    });
  };
  return {
    next: (payloadJson) => {
      if (writing) newest = payloadJson;
      else write(payloadJson);
    },
    close: () => {
      closed = true;
      newest = undefined;
    },
  };
}
