import type { ComposeProgress } from './composeState';
import { describeSendFailure, formatElapsed } from './sendFailureWords';

interface SendProgressProps {
  progress: ComposeProgress;
  busy: boolean;
  hasDraft: boolean;
  canRetry: boolean;
  onRetry(): void;
  onDiscard(): void;
}

const stepWords = { creating: 'Creating draft…', sending: 'Sending…', checking: 'Checking with GWS…' } as const;

function statusWords(progress: ComposeProgress): string {
  switch (progress.kind) {
    case 'working':
      return stepWords[progress.step];
    case 'sent':
      return `Sent (took ${formatElapsed(progress.elapsedMs)})`;
    case 'discarding':
      return 'Discarding the draft…';
    case 'discarded':
      return 'Draft discarded.';
    default:
      return '';
  }
}

/** Where sending stands (a live status), why it failed (an alert), Retry and Discard draft. */
export function SendProgress({ progress, busy, hasDraft, canRetry, onRetry, onDiscard }: SendProgressProps) {
  const failure = progress.kind === 'failed' ? describeSendFailure(progress.failure) : undefined;
  const problem = progress.kind === 'discard-failed' ? progress.message : undefined;
  return (
    <div className="send-progress">
      <p role="status" aria-label="Send status" className="send-progress__status" data-kind={progress.kind}>
        {statusWords(progress)}
      </p>
      <div role="alert" className="send-progress__problem">
        {failure ? (
          <>
            <p>
              <strong>{failure.summary}</strong>
            </p>
            {failure.detail ? <p>{failure.detail}</p> : null}
          </>
        ) : null}
        {problem ? <p>{problem}</p> : null}
      </div>
      {failure || hasDraft ? (
        <div className="send-progress__actions">
          {failure ? (
            <button type="button" onClick={onRetry} disabled={busy || !canRetry}>
              Retry
            </button>
          ) : null}
          {hasDraft ? (
            <button type="button" onClick={onDiscard} disabled={busy}>
              Discard draft
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
