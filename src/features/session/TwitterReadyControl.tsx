import { useMutation } from '@tanstack/react-query';
import { useId, useSyncExternalStore } from 'react';
import { useRuntimeConfig } from '../../shared/config/RuntimeConfigContext';
import { useGwsSession } from '../../shared/session/GwsSessionContext';
import { isGwsError, type ChannelState } from '../../gws/http';
import { useSessionControls } from './SessionControlsContext';
import { twitterChannelStateLabel } from './twitterChannelState';

/** What Ready / Not Ready affects. */
const hint = 'Inbound routing only: sending works either way.';

/** How long to wait for the `/v2/me/channels` notification that confirms a change. */
const confirmTimeoutMs = 10_000;

function problemWords(error: Error): string {
  if (isGwsError(error, 'status')) return `GWS error ${error.statusCode ?? '?'}: ${error.message}`;
  return error.message;
}

/**
 * Ready / Not Ready on the Twitter channel. The pressed button is the state GWS confirmed with a
 * `/v2/me/channels` notification, never the one merely asked for. It says what it affects (routing
 * of inbound tweets — sending works either way); a failed change is said in that same one-line slot,
 * so the header never grows, until it is dismissed or the next change.
 */
export function TwitterReadyControl() {
  const { http } = useGwsSession();
  const { mediaChannel } = useRuntimeConfig();
  const { twitterChannelState } = useSessionControls();
  const hintId = useId();
  const state = useSyncExternalStore(twitterChannelState.subscribe, twitterChannelState.get);
  const change = useMutation({
    mutationFn: async (wanted: ChannelState) => {
      await http.setChannelState(mediaChannel, wanted);
      await twitterChannelState.waitFor(wanted, confirmTimeoutMs);
    },
    retry: 0,
  });

  const choose = (wanted: ChannelState) => {
    if (change.isPending || state === wanted) return;
    change.mutate(wanted);
  };
  const pendingWords = change.isPending ? ` — changing to ${twitterChannelStateLabel(change.variables)}…` : '';
  const problem = change.isError ? `Could not change the Twitter state. ${problemWords(change.error)}` : undefined;

  return (
    <div className="ready-control" role="group" aria-label="Twitter channel" aria-describedby={hintId} title={hint}>
      <span role="status" className="ready-control__state">
        Twitter: {twitterChannelStateLabel(state)}
        {pendingWords}
      </span>
      <button type="button" aria-pressed={state === 'Ready'} disabled={change.isPending} onClick={() => choose('Ready')}>
        Ready
      </button>
      <button type="button" aria-pressed={state === 'NotReady'} disabled={change.isPending} onClick={() => choose('NotReady')}>
        Not Ready
      </button>
      <span className="ready-control__slot">
        {problem ? (
          <>
            <span role="alert" className="ready-control__problem" title={problem}>
              {problem}
            </span>
            <button type="button" className="ready-control__dismiss" aria-label="Dismiss" onClick={() => change.reset()}>
              ×
            </button>
          </>
        ) : (
          <span id={hintId} className="ready-control__hint">
            {hint}
          </span>
        )}
      </span>
    </div>
  );
}
