import type { SendFailure } from './sendFailure';
import type { SendStep } from './sendTweetFlow';

/** What the form says about the current tweet. */
export type ComposeProgress =
  | { kind: 'idle' }
  /** `since`: when this send began (ms), for "Sending… 7 s". */
  | { kind: 'working'; step: SendStep; since: number }
  | { kind: 'sent'; elapsedMs: number }
  | { kind: 'failed'; failure: SendFailure }
  | { kind: 'canceling' }
  | { kind: 'canceled' }
  | { kind: 'cancel-failed'; message: string };

/** The tweet being composed: its GWS draft, if one was made, and where sending it stands. */
export interface ComposeState {
  /** The Composing tweet of an earlier attempt: Retry sends on it, never on a new one. */
  draftId: string | undefined;
  /** Marks this tweet's draft in userData (see sendTweet's draftKey). */
  draftKey: string;
  /** A Create went out with draftKey: if its id is still unknown, look for it before creating again. */
  createAttempted: boolean;
  progress: ComposeProgress;
}

export type ComposeEvent =
  | { type: 'step'; step: SendStep; at: number }
  | { type: 'draft-created'; draftId: string }
  | { type: 'sent'; elapsedMs: number; nextDraftKey: string }
  | { type: 'failed'; failure: SendFailure }
  | { type: 'cancel-started' }
  | { type: 'canceled'; nextDraftKey: string }
  | { type: 'cancel-failed'; message: string };

export function initialComposeState(draftKey: string): ComposeState {
  return { draftId: undefined, draftKey, createAttempted: false, progress: { kind: 'idle' } };
}

/** A fresh tweet: no draft, a new key (after Sent or Cancel draft). */
function nextTweet(draftKey: string, progress: ComposeProgress): ComposeState {
  return { draftId: undefined, draftKey, createAttempted: false, progress };
}

export function composeTransition(state: ComposeState, event: ComposeEvent): ComposeState {
  switch (event.type) {
    case 'step': {
      const since = state.progress.kind === 'working' ? state.progress.since : event.at;
      return {
        ...state,
        createAttempted: state.createAttempted || event.step === 'creating',
        progress: { kind: 'working', step: event.step, since },
      };
    }
    case 'draft-created':
      return { ...state, draftId: event.draftId };
    case 'sent':
      return nextTweet(event.nextDraftKey, { kind: 'sent', elapsedMs: event.elapsedMs });
    case 'failed': {
      const progress: ComposeProgress = { kind: 'failed', failure: event.failure };
      // A draft that is gone cannot be sent again: the next attempt creates a new one.
      return event.failure.kind === 'draft-gone' ? { ...state, draftId: undefined, progress } : { ...state, progress };
    }
    case 'cancel-started':
      return { ...state, progress: { kind: 'canceling' } };
    case 'canceled':
      return nextTweet(event.nextDraftKey, { kind: 'canceled' });
    case 'cancel-failed':
      return { ...state, progress: { kind: 'cancel-failed', message: event.message } };
  }
}
