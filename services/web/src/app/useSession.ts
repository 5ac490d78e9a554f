import { useEffect, useState } from 'react';
import { onSessionChange, readSession, writeSession, type Role, type Session } from './session';

/** The role's session in this browser, following sign-in and sign-out. */
export function useSession(role: Role): [Session | null, () => void] {
  const [session, setSession] = useState(() => readSession(role));
  useEffect(() => onSessionChange(() => setSession(readSession(role))), [role]);
  return [session, () => writeSession(role, null)];
}
