import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadConfig } from './app/config';
import { ConfigContext } from './app/GraphProvider';
import { Router } from './app/router';
import { setupI18n } from './i18n';
import './styles.css';

async function start() {
  const [config] = await Promise.all([loadConfig(), setupI18n()]);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <ConfigContext.Provider value={config}>
        <Router />
      </ConfigContext.Provider>
    </StrictMode>,
  );
}

void start();
