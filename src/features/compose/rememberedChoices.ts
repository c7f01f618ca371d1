import * as z from 'zod/mini';
import { localStore, storedValue, type StoredValue } from '../../shared/lib/browserStorage';

/** The From account and Queue an agent chose last, per user and GWS (this browser's localStorage). */
export interface ComposeChoices {
  from: string;
  queuePath: string;
}

const choicesSchema = z.object({ from: z.string(), queuePath: z.string() });

export function rememberedChoices(gwsAddress: string, userName: string, storage = localStore): StoredValue<ComposeChoices> {
  return storedValue(storage, `gws-tweet-console:compose-choices:${gwsAddress}:${userName}`, choicesSchema);
}

/** The choice to start with: the remembered one while it is still offered, else the only one, else none. */
export function initialChoice(offered: readonly string[], remembered: string | undefined): string {
  if (remembered !== undefined && offered.includes(remembered)) return remembered;
  return offered.length === 1 ? (offered[0] ?? '') : '';
}
