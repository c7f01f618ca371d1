import { useThrottledValue } from '../hooks/useThrottledValue';
import { formatCount } from '../model/timeFormat';

/**
 * Tells a screen reader how many tweets failed, when that number changes — at most once every two
 * seconds, however fast failures come. Not shown: the state counts and badges show it.
 */
export function FailureAnnouncer({ failed }: { failed: number }) {
  const announced = useThrottledValue(failed, 2_000);
  return (
    <p className="visually-hidden" aria-live="polite">
      {announced === 0 ? '' : `${formatCount(announced)} ${announced === 1 ? 'tweet has' : 'tweets have'} failed`}
    </p>
  );
}
