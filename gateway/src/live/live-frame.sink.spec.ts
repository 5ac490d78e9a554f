import WebSocket from 'ws';
import { socketFrameSink } from './live-frame.sink';

/** A socket whose writes finish when the test says so. */
function fakeSocket() {
  const sent: string[] = [];
  const callbacks: (() => void)[] = [];
  const socket = {
    readyState: WebSocket.OPEN as number,
    send: jest.fn((data: string, callback: () => void) => {
      sent.push(data);
      callbacks.push(callback);
    }),
  };
  const drain = () => callbacks.shift()?.();
  return { socket, sent, drain };
}

describe('socketFrameSink', () => {
  it('writes the graphql-ws next frame around the serialised payload', () => {
    const { socket, sent } = fakeSocket();
    socketFrameSink(socket as unknown as WebSocket, 'sub-"1"').next('{"data":{"n":1}}');
    expect(sent).toEqual(['{"id":"sub-\\"1\\"","type":"next","payload":{"data":{"n":1}}}']);
    expect(JSON.parse(sent[0])).toEqual({ id: 'sub-"1"', type: 'next', payload: { data: { n: 1 } } });
  });

  it('keeps only the newest payload while the socket still writes the last one', () => {
    const { socket, sent, drain } = fakeSocket();
    const sink = socketFrameSink(socket as unknown as WebSocket, '1');
    sink.next('1');
    sink.next('2');
    sink.next('3');
    expect(sent).toHaveLength(1);
    drain();
    expect(sent.map((frame) => JSON.parse(frame).payload)).toEqual([1, 3]);
    drain();
    expect(sent).toHaveLength(2);
    sink.next('4');
    expect(sent).toHaveLength(3);
  });

  it('writes nothing once closed, nor on a socket that is no longer open', () => {
    const { socket, sent, drain } = fakeSocket();
    const sink = socketFrameSink(socket as unknown as WebSocket, '1');
    sink.next('1');
    sink.next('2');
    sink.close();
    drain();
    sink.next('3');
    expect(sent).toHaveLength(1);

    const other = fakeSocket();
    other.socket.readyState = WebSocket.CLOSING;
    socketFrameSink(other.socket as unknown as WebSocket, '1').next('1');
    expect(other.sent).toEqual([]);
  });

  it('writes nothing once graphql-ws no longer runs the subscription (the client completed it)', () => {
    const { socket, sent, drain } = fakeSocket();
    const subscriptions: Record<string, null> = { '1': null };
    const sink = socketFrameSink(socket as unknown as WebSocket, '1', () => '1' in subscriptions);
    sink.next('1');
    sink.next('2');
    delete subscriptions['1'];
    drain();
    sink.next('3');
    expect(sent.map((frame) => JSON.parse(frame).payload)).toEqual([1]);
  });
});
