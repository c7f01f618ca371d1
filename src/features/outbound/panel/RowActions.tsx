import { useMutation } from '@tanstack/react-query';
import { useGwsSession } from '../../../shared/session/GwsSessionContext';
import { hasCapability, type Tweet } from '../../../gws/schemas';

type RowAction = 'Cancel' | 'Complete';
const rowActions: readonly RowAction[] = ['Cancel', 'Complete'];

/** Whether the tweet's capabilities allow any row action (RowActions renders nothing otherwise). */
export function hasRowActions(tweet: Tweet): boolean {
  return rowActions.some((action) => hasCapability(tweet, action));
}

const actionLabels: Record<RowAction, { idle: string; busy: string; done: string }> = {
  Cancel: { idle: 'Cancel draft', busy: 'Canceling…', done: 'Cancel requested' },
  Complete: { idle: 'Complete', busy: 'Completing…', done: 'Complete requested' },
};

/**
 * The operations the tweet's `capabilities` allow (Cancel, Complete); render it only when
 * `hasRowActions(tweet)`, so rows without actions cost no mutation. GWS answers with an ack;
 * the new state arrives as a notification and updates the row.
 */
export function RowActions({ tweet, label }: { tweet: Tweet; label: string }) {
  const { http } = useGwsSession();
  const mutation = useMutation({
    mutationFn: (action: RowAction) =>
      action === 'Cancel' ? http.cancelTweet(tweet.id) : http.tweetOperation(tweet.id, { operationName: 'Complete' }),
  });
  const actions = rowActions.filter((action) => hasCapability(tweet, action));
  if (actions.length === 0) return null;

  return (
    <div className="row-actions" role="group" aria-label={`Actions for ${label}`}>
      {actions.map((action) => {
        const mine = mutation.variables === action;
        const words = actionLabels[action];
        return (
          <button key={action} type="button" disabled={mutation.isPending} onClick={() => mutation.mutate(action)}>
            {mine && mutation.isPending ? words.busy : mine && mutation.isSuccess ? words.done : words.idle}
          </button>
        );
      })}
      {mutation.isError ? (
        <span className="row-actions__error" role="alert">
          {mutation.variables ?? 'The operation'} failed: {mutation.error.message}
        </span>
      ) : null}
    </div>
  );
}
