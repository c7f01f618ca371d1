import { QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { AppServicesContext, createAppServices } from '../shared/services/appServices';
import type { RuntimeConfig } from '../shared/config/configSchema';
import { runtimeConfigQueryOptions } from '../shared/config/useRuntimeConfigQuery';

interface AppProvidersProps {
  children: ReactNode;
  /** A runtime config already read (tests): /config.json is then not fetched. */
  runtimeConfig?: RuntimeConfig;
}

/**
 * App-wide providers. The QueryClient, the 401 signal and the message draft store are made once per
 * mounted app, never per render.
 */
export function AppProviders({ children, runtimeConfig }: AppProvidersProps) {
  const [services] = useState(() => {
    const created = createAppServices();
    if (runtimeConfig) created.queryClient.setQueryData(runtimeConfigQueryOptions.queryKey, runtimeConfig);
    return created;
  });
  return (
    <AppServicesContext value={services}>
      <QueryClientProvider client={services.queryClient}>{children}</QueryClientProvider>
    </AppServicesContext>
  );
}
