import type { ComponentProps, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Shell } from '../ui/Shell';
import { GraphProvider } from './GraphProvider';
import type { Role } from './session';
import { useSession } from './useSession';

interface Props {
  role: Role;
  title: string;
  kind: ComponentProps<typeof Shell>['kind'];
  /** What the signed-in user sees. */
  signedIn: ReactNode;
  /** What everyone else sees: the sign-in. */
  signedOut: ReactNode;
}

/**
 * A screen behind a sign-in: its own graph client for the role's session (a new one after signing
 * in or out), the shell with a sign-out button while signed in, and one of the two contents.
 */
export function SessionScreen({ role, title, kind, signedIn, signedOut }: Props) {
  const { t } = useTranslation();
  const [session, signOut] = useSession(role);
  return (
    <GraphProvider role={role} generation={session ? 'in' : 'out'}>
      <Shell
        title={title}
        kind={kind}
        actions={
          session && (
            <button type="button" onClick={signOut}>
              {t('common.signOut')}
            </button>
          )
        }
      >
        {session ? signedIn : signedOut}
      </Shell>
    </GraphProvider>
  );
}
