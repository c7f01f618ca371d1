import { notifyManager } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { AppProviders } from './app/AppProviders';
import './app/app.css';

// Query observers hear of cache updates in a microtask rather than a setTimeout(0): the live
// panel's per-frame update (setQueryData in requestAnimationFrame) then renders before that
// frame is painted, not one frame later.
notifyManager.setScheduler(queueMicrotask);

const rootElement = document.getElementById('root');
if (rootElement === null) throw new Error('index.html has no <div id="root">');

createRoot(rootElement).render(
  <StrictMode>
    <AppProviders>
      <App />
    </AppProviders>
  </StrictMode>,
);
