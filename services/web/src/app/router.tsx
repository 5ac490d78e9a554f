import { lazy, Suspense, useEffect, useState, type MouseEvent, type ReactNode } from 'react';

/** Each screen is its own chunk: the kiosk and the board load only their own code. */
const screens = {
  home: lazy(() => import('../screens/home/HomeScreen')),
  board: lazy(() => import('../screens/board/BoardScreen')),
  kiosk: lazy(() => import('../screens/kiosk/KioskScreen')),
  officer: lazy(() => import('../screens/officer/OfficerScreen')),
  applicant: lazy(() => import('../screens/applicant/ApplicantScreen')),
  supervisor: lazy(() => import('../screens/supervisor/SupervisorScreen')),
  follow: lazy(() => import('../screens/follow/FollowScreen')),
};

export type ScreenName = keyof typeof screens;

export function screenFor(pathname: string): { screen: ScreenName; rest: string[] } {
  const [first = '', ...rest] = pathname.split('/').filter(Boolean);
  const aliases: Record<string, ScreenName> = {
    papan: 'board',
    board: 'board',
    kiosk: 'kiosk',
    loket: 'officer',
    officer: 'officer',
    saya: 'applicant',
    applicant: 'applicant',
    supervisor: 'supervisor',
    ikuti: 'follow',
    follow: 'follow',
  };
  return { screen: aliases[first] ?? 'home', rest };
}

export function navigate(to: string): void {
  window.history.pushState(null, '', to);
  window.dispatchEvent(new PopStateEvent('popstate'));
}

export function Link({ to, children, className }: { to: string; children: ReactNode; className?: string }) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    navigate(to);
  };
  return (
    <a href={to} onClick={onClick} className={className}>
      {children}
    </a>
  );
}

export function usePath(): string {
  const [path, setPath] = useState(window.location.pathname);
  useEffect(() => {
    const update = () => setPath(window.location.pathname);
    window.addEventListener('popstate', update);
    return () => window.removeEventListener('popstate', update);
  }, []);
  return path;
}

export function Router() {
  const { screen, rest } = screenFor(usePath());
  const Screen = screens[screen];
  return (
    <Suspense fallback={<p className="loading">…</p>}>
      <Screen params={rest} />
    </Suspense>
  );
}

export interface ScreenProps {
  params: string[];
}
