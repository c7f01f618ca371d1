import { ConfigErrorPage } from './ConfigErrorPage';
import { AppFrame } from './AppFrame';
import { GwsTargetWelcome } from './GwsTargetWelcome';
import { ConfigError } from './config/ConfigError';
import { configFile } from './config/loadConfig';
import { RuntimeConfigProvider } from './config/RuntimeConfigContext';
import { useRuntimeConfigQuery } from './config/useRuntimeConfigQuery';

/** Reads the runtime config, then shows the console, or the error page if the config is unusable. */
export function App() {
  const configQuery = useRuntimeConfigQuery();

  if (configQuery.isPending) {
    return (
      <p className="app-loading" role="status">
        Loading…
      </p>
    );
  }
  if (configQuery.isError) {
    const { error } = configQuery;
    const configError =
      error instanceof ConfigError ? error : new ConfigError('unreachable', configFile, [{ field: '(whole file)', message: error.message }]);
    return <ConfigErrorPage error={configError} />;
  }

  return (
    <RuntimeConfigProvider config={configQuery.data}>
      <AppFrame connection="not-connected">
        <GwsTargetWelcome />
      </AppFrame>
    </RuntimeConfigProvider>
  );
}
