import { createContext, useContext, type ReactNode } from 'react';
import type { RuntimeConfig } from './configSchema';

const RuntimeConfigContext = createContext<RuntimeConfig | null>(null);

/** Makes the parsed runtime config available to everything below it. */
export function RuntimeConfigProvider({ config, children }: { config: RuntimeConfig; children: ReactNode }) {
  return <RuntimeConfigContext value={config}>{children}</RuntimeConfigContext>;
}

/** The parsed `/config.json`. Only usable below RuntimeConfigProvider (App renders it once the file is read). */
export function useRuntimeConfig(): RuntimeConfig {
  const config = useContext(RuntimeConfigContext);
  if (config === null) throw new Error('useRuntimeConfig() needs a <RuntimeConfigProvider> above it');
  return config;
}
