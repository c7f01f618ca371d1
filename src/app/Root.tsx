import { StrictMode } from 'react';
import { App } from './App';
import { AppProviders } from './AppProviders';

/** The whole app: what main.tsx mounts, and what the build pre-renders the first screen of. */
export function Root() {
  return (
    <StrictMode>
      <AppProviders>
        <App />
      </AppProviders>
    </StrictMode>
  );
}
