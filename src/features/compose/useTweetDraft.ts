import { useMutation } from '@tanstack/react-query';
import { useReducer, useRef } from 'react';
import { useRuntimeConfig } from '../../shared/config/RuntimeConfigContext';
import { useGwsSession } from '../../shared/session/GwsSessionContext';
import { consoleUserDataKeys, isGwsError } from '../../gws/http';
import { composeTransition, initialComposeState, type ComposeState } from './composeState';
import { cancelDraft } from './cancelDraft';
import { newDraftKey } from './newDraftKey';
import { sendFailureOf } from './sendFailure';
import { sendTweet, type SendTweetInput, type SentTweet } from './sendTweetFlow';

interface UseTweetDraftOptions {
  confirmTimeoutMs: number;
  onSent: (sent: SentTweet) => void;
  onCanceled: () => void;
}

interface SendVariables {
  input: SendTweetInput;
  draft: Pick<ComposeState, 'draftId' | 'draftKey' | 'createAttempted'>;
}

export interface TweetDraft {
  state: ComposeState;
  /** A Send or a Cancel draft is in flight. */
  busy: boolean;
  /** Sends (or re-sends on the same draft). Ignored — returns false — while anything is in flight. */
  send(input: SendTweetInput): boolean;
  /** Cancels the draft in GWS (Cancel draft). Ignored while anything is in flight or when there is no draft. */
  cancel(): boolean;
}

function cancelProblem(error: Error): string {
  if (isGwsError(error, 'status')) return `Could not cancel the draft: GWS error ${error.statusCode ?? '?'}: ${error.message}`;
  return `Could not cancel the draft: ${error.message}`;
}

/**
 * The tweet being composed, sent through ONE mutation (retry 0). A synchronous in-flight flag, set
 * before the mutation starts, makes a double click, a second Ctrl+Enter or a Retry during a Send
 * do nothing (isPending alone would only be true after the next render).
 */
export function useTweetDraft({ confirmTimeoutMs, onSent, onCanceled }: UseTweetDraftOptions): TweetDraft {
  const session = useGwsSession();
  const { agentUserDataKey } = useRuntimeConfig();
  const [state, dispatch] = useReducer(composeTransition, undefined, () => initialComposeState(newDraftKey()));
  const inFlight = useRef(false);

  const { draftTexts } = session;
  const sendMutation = useMutation({
    mutationFn: ({ input, draft }: SendVariables) => {
      // The panel shows a draft being sent with these words (GWS has them only once it is Sent).
      const remember = (draftId: string) => draftTexts.set(draftId, { from: input.from, message: input.message });
      if (draft.draftId !== undefined) remember(draft.draftId);
      return sendTweet(session, input, {
        draftId: draft.draftId,
        draftKey: draft.draftKey,
        // [ours] GWS names neither the agent nor the queue on an outbound tweet: the console writes
        // both into the draft (Create only: a re-Send on the same draft keeps the Create's queue).
        draftUserData: { [agentUserDataKey]: session.user.userName, [consoleUserDataKeys.queue]: input.queuePath },
        recoverDraftFirst: draft.createAttempted && draft.draftId === undefined,
        confirmTimeoutMs,
        onStep: (step) => dispatch({ type: 'step', step, at: Date.now() }),
        onDraftCreated: (draftId) => {
          remember(draftId);
          dispatch({ type: 'draft-created', draftId });
        },
      });
    },
    retry: 0,
    onSuccess: (sent) => {
      draftTexts.delete(sent.tweet.id);
      dispatch({ type: 'sent', elapsedMs: sent.elapsedMs, nextDraftKey: newDraftKey() });
    },
    onError: (error) => dispatch({ type: 'failed', failure: sendFailureOf(error) }),
    onSettled: () => {
      inFlight.current = false;
    },
  });

  const cancelMutation = useMutation({
    mutationFn: (draftId: string) => cancelDraft(session, draftId, confirmTimeoutMs),
    retry: 0,
    onSuccess: (_nothing, draftId) => {
      draftTexts.delete(draftId);
      dispatch({ type: 'canceled', nextDraftKey: newDraftKey() });
    },
    onError: (error) => dispatch({ type: 'cancel-failed', message: cancelProblem(error) }),
    onSettled: () => {
      inFlight.current = false;
    },
  });

  return {
    state,
    busy: sendMutation.isPending || cancelMutation.isPending,
    send(input) {
      if (inFlight.current) return false;
      inFlight.current = true;
      dispatch({ type: 'step', step: state.draftId === undefined ? 'creating' : 'sending', at: Date.now() });
      // The caller's callbacks go with this call: they run only while the form is still mounted.
      sendMutation.mutate({ input, draft: state }, { onSuccess: (sent) => onSent(sent) });
      return true;
    },
    cancel() {
      if (inFlight.current || state.draftId === undefined) return false;
      inFlight.current = true;
      dispatch({ type: 'cancel-started' });
      cancelMutation.mutate(state.draftId, { onSuccess: () => onCanceled() });
      return true;
    },
  };
}
