import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useConnection } from '../app/connection';
import { switchLanguage } from '../i18n';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const next = i18n.language === 'en' ? 'id' : 'en';
  return (
    <button
      type="button"
      className="language-switch"
      aria-label={t('app.switchLabel')}
      onClick={() => void switchLanguage(next)}
    >
      {t('app.switchTo')}
    </button>
  );
}

/** Shown while the live connection to the gateway is down; it reconnects by itself. */
export function OfflineBanner() {
  const { t } = useTranslation();
  const connection = useConnection();
  if (connection !== 'offline') return null;
  return (
    <p role="status" className="offline-banner">
      {t('common.offline')}
    </p>
  );
}

interface ShellProps {
  title: string;
  /** Sets the screen's layout: phone, kiosk (portrait), tv (16:9) or desktop. */
  kind: 'phone' | 'kiosk' | 'tv' | 'desktop';
  actions?: ReactNode;
  children: ReactNode;
}

export function Shell({ title, kind, actions, children }: ShellProps) {
  return (
    <div className={`shell shell-${kind}`}>
      <header className="shell-header">
        <h1>{title}</h1>
        <div className="shell-actions">
          {actions}
          <LanguageSwitch />
        </div>
      </header>
      <OfflineBanner />
      <main className="shell-main">{children}</main>
    </div>
  );
}
