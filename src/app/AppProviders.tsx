import { QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { AppServicesContext, createAppServices } from './appServices';

/**
 * App-wide providers. The QueryClient, the 401 signal and the message draft store are made once per
 * mounted app, never per render.
 */
export function AppProviders({ children }: { children: ReactNode }) {
  const [services] = useState(createAppServices);
  return (
    <AppServicesContext value={services}>
      <QueryClientProvider client={services.queryClient}>{children}</QueryClientProvider>
    </AppServicesContext>
  );
}
