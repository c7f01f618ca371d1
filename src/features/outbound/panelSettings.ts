import { useRuntimeConfig } from '../../shared/config/RuntimeConfigContext';

/** Defaults of config.json's `outboundPanel`. */
export const defaultPanelSettings = { maxTweets: 100_000, stuckAfterSeconds: 30 } as const;

export interface PanelSettings {
  maxTweets: number;
  stuckAfterSeconds: number;
}

export function usePanelSettings(): PanelSettings {
  const { outboundPanel } = useRuntimeConfig();
  return {
    maxTweets: outboundPanel?.maxTweets ?? defaultPanelSettings.maxTweets,
    stuckAfterSeconds: outboundPanel?.stuckAfterSeconds ?? defaultPanelSettings.stuckAfterSeconds,
  };
}
