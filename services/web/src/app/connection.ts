import { useSyncExternalStore } from 'react';

/** Whether the live connection to the gateway is up: shown by the board and the kiosk. */
export type Connection = 'connecting' | 'online' | 'offline';

let state: Connection = 'connecting';
const listeners = new Set<() => void>();

export function setConnection(next: Connection): void {
  if (next === state) return;
  state = next;
  listeners.forEach((listener) => listener());
}

export function useConnection(): Connection {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => state,
  );
}
