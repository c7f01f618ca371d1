import { lazy, Suspense } from 'react';
import { SessionGate } from '../features/session/SessionGate';
import { ConfigErrorPage } from './ConfigErrorPage';
import { ConfigError } from './config/ConfigError';
import { configFile } from './config/loadConfig';
import { RuntimeConfigProvider } from './config/RuntimeConfigContext';
import { useRuntimeConfigQuery } from './config/useRuntimeConfigQuery';

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

/** Reads the runtime config, then sign-in and the console, or the error page if the config is unusable. */
export function App() {
  const configQuery = useRuntimeConfigQuery();

  if (configQuery.isPending) return <Loading what="Loading…" />;
  if (configQuery.isError) {
    const { error } = configQuery;
    const configError =
      error instanceof ConfigError ? error : new ConfigError('unreachable', configFile, [{ field: '(whole file)', message: error.message }]);
    return <ConfigErrorPage error={configError} />;
  }

  return (
    <RuntimeConfigProvider config={configQuery.data}>
      <SessionGate onSigningIn={preloadConsolePage}>
        <Suspense fallback={<Loading what="Loading the console…" />}>
          <ConsolePage />
        </Suspense>
      </SessionGate>
    </RuntimeConfigProvider>
  );
}
