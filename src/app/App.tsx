import { lazy, Suspense } from 'react';
import { SessionGate } from '../features/session/SessionGate';
import { createSignOutBroadcast } from '../features/session/signOutBroadcast';
import { ConfigErrorPage } from './ConfigErrorPage';
import { ConfigError } from '../shared/config/ConfigError';
import { configFile } from '../shared/config/loadConfig';
import { RuntimeConfigProvider } from '../shared/config/RuntimeConfigContext';
import { useRuntimeConfigQuery } from '../shared/config/useRuntimeConfigQuery';

/** Sign out in one tab signs out the others (the channel opens when the gate first listens, in the browser). */
const signOutBroadcast = createSignOutBroadcast();

const loadConsolePage = () => import('./ConsolePage').then((module) => ({ default: module.ConsolePage }));
const ConsolePage = lazy(loadConsolePage);

/** Starts fetching the console's code while the agent signs in. */
function preloadConsolePage(): void {
  void loadConsolePage().catch(() => undefined);
}

function Loading({ what }: { what: string }) {
  return (
    <p className="app-loading" role="status">
      {what}
    </p>
  );
}

/**
 * Sign-in at once (the build pre-renders it into index.html; signing in waits for the runtime
 * config if it is still being read), then the console with the config; or the error page if the
 * config is unusable.
 */
export function App() {
  const configQuery = useRuntimeConfigQuery();

  if (configQuery.isError) {
    const { error } = configQuery;
    const configError =
      error instanceof ConfigError ? error : new ConfigError('unreachable', configFile, [{ field: '(whole file)', message: error.message }]);
    return <ConfigErrorPage error={configError} />;
  }

  const config = configQuery.data;
  return (
    <SessionGate onSigningIn={preloadConsolePage} signOutBroadcast={signOutBroadcast}>
      {config === undefined ? (
        <Loading what="Loading…" />
      ) : (
        <RuntimeConfigProvider config={config}>
          <Suspense fallback={<Loading what="Loading the console…" />}>
            <ConsolePage />
          </Suspense>
        </RuntimeConfigProvider>
      )}
    </SessionGate>
  );
}
