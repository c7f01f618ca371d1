import { useEffect, useState } from 'react';
import type { ComposeProgress } from './composeState';
import { describeSendFailure, formatElapsed } from './sendFailureWords';

interface SendProgressProps {
  progress: ComposeProgress;
  busy: boolean;
  hasDraft: boolean;
  onRetry: () => void;
  onCancelDraft: () => void;
}

const stepWords = { creating: 'Creating draft…', sending: 'Sending…', checking: 'Checking with GWS…' } as const;

/** After this long, "Sending…" says that GWS is slow and what the agent can do. */
export const slowAfterMs = 5_000;

/** Milliseconds since `since`, ticking once a second; 0 without a `since`. */
function useElapsedMs(since: number | undefined): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (since === undefined) return undefined;
    const timer = setInterval(() => setNow(Date.now()), 1_000);
    return () => clearInterval(timer);
  }, [since]);
  return since === undefined ? 0 : Math.max(0, now - since);
}

/** The live status: it changes at each step, not every second (the elapsed time is shown beside it). */
function statusWords(progress: ComposeProgress, slow: boolean): string {
  switch (progress.kind) {
    case 'working':
      return slow
        ? `${stepWords[progress.step]} GWS is taking longer than usual: you can keep waiting — nothing is sent twice.`
        : stepWords[progress.step];
    case 'sent':
      return `Sent (took ${formatElapsed(progress.elapsedMs)})`;
    case 'canceling':
      return 'Canceling the draft…';
    case 'canceled':
      return 'Draft canceled. The message is still here, to send again or clear.';
    // These speak through the alert or the problem line below, not the status.
    case 'idle':
    case 'failed':
    case 'cancel-failed':
      return '';
  }
}

/** Where sending stands (a live status), why it failed (an alert), Retry and Cancel draft. */
export function SendProgress({ progress, busy, hasDraft, onRetry, onCancelDraft }: SendProgressProps) {
  const elapsedMs = useElapsedMs(progress.kind === 'working' ? progress.since : undefined);
  const slow = progress.kind === 'working' && elapsedMs >= slowAfterMs;
  const failure = progress.kind === 'failed' ? describeSendFailure(progress.failure) : undefined;
  const problem = progress.kind === 'cancel-failed' ? progress.message : undefined;
  return (
    <div className="send-progress">
      <div className="send-progress__line">
        <p role="status" aria-label="Send status" className="send-progress__status" data-kind={progress.kind} data-slow={slow || undefined}>
          {statusWords(progress, slow)}
        </p>
        {progress.kind === 'working' && elapsedMs >= 1_000 ? (
          <span className="send-progress__elapsed" aria-hidden="true">
            {formatElapsed(elapsedMs)}
          </span>
        ) : null}
      </div>
      <div role="alert" className="send-progress__problem">
        {failure ? (
          <>
            <p>
              <strong>{failure.summary}</strong>
            </p>
            {failure.detail ? <p>{failure.detail}</p> : null}
            {failure.nextStep ? <p>{failure.nextStep}</p> : null}
          </>
        ) : null}
        {problem ? <p>{problem}</p> : null}
      </div>
      {failure?.retry || hasDraft ? (
        <div className="send-progress__actions">
          {failure?.retry ? (
            <button type="button" onClick={onRetry} disabled={busy}>
              Retry
            </button>
          ) : null}
          {hasDraft ? (
            <button type="button" onClick={onCancelDraft} disabled={busy}>
              Cancel draft
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
