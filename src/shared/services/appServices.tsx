import type { QueryClient } from '@tanstack/react-query';
import { createContext, useContext, useEffect, useEffectEvent } from 'react';
import type { GwsError } from '../../gws/http';
import { createMessageDraftStore, type MessageDraftStore } from '../session/messageDraftStore';
import { createQueryClient } from './queryClient';
import { createUnauthorizedSignal, type UnauthorizedSignal } from '../session/unauthorizedSignal';

/** What the app makes once per mounted app and shares with every feature. */
export interface AppServices {
  queryClient: QueryClient;
  unauthorized: UnauthorizedSignal;
  messageDraft: MessageDraftStore;
}

export function createAppServices(): AppServices {
  const unauthorized = createUnauthorizedSignal();
  return {
    queryClient: createQueryClient({ onUnauthorized: (error) => unauthorized.publish(error) }),
    unauthorized,
    messageDraft: createMessageDraftStore(),
  };
}

export const AppServicesContext = createContext<AppServices | null>(null);

function useAppServices(): AppServices {
  const services = useContext(AppServicesContext);
  if (services === null) throw new Error('App services used outside <AppProviders>');
  return services;
}

/** The unsent message text store (see MessageDraftStore). */
export function useMessageDraft(): MessageDraftStore {
  return useAppServices().messageDraft;
}

/** Calls the latest `listener` whenever a query or mutation anywhere fails with HTTP 401. */
export function useOnUnauthorized(listener: (error: GwsError) => void): void {
  const { unauthorized } = useAppServices();
  const onUnauthorized = useEffectEvent(listener);
  useEffect(() => unauthorized.subscribe((error) => onUnauthorized(error)), [unauthorized]);
}
