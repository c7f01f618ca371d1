import { useEffect, useRef, useState } from 'react';

/**
 * `value`, but changing at most once every `intervalMs` (the latest value wins); 0 passes every
 * change through. For work that is O(entries) per change, such as filtering 100,000 tweets.
 */
export function useThrottledValue<T>(value: T, intervalMs: number, { leading = true, resetKey }: { leading?: boolean; resetKey?: unknown } = {}): T {
  const throttling = intervalMs > 0;
  const [shown, setShown] = useState(value);
  const [wasThrottling, setWasThrottling] = useState(throttling);
  const [lastResetKey, setLastResetKey] = useState(resetKey);
  // A new `resetKey` (the user changed what is shown): the current value at once.
  if (lastResetKey !== resetKey) {
    setLastResetKey(resetKey);
    setShown(value);
  }
  // Leading: the first change goes through at once. Otherwise mount counts as the first time shown,
  // so even the first change waits for the interval's end (a redraw at most once per interval).
  const shownAt = useRef<number | undefined>(leading ? 0 : undefined);
  useEffect(() => {
    shownAt.current ??= Date.now();
  }, []);
  if (wasThrottling !== throttling) {
    // Switching modes: start from the current value, not from whatever was held before.
    setWasThrottling(throttling);
    setShown(value);
  }
  useEffect(() => {
    if (!throttling) return;
    const wait = Math.max(0, (shownAt.current ?? Date.now()) + intervalMs - Date.now());
    const timer = setTimeout(() => {
      shownAt.current = Date.now();
      setShown(value);
    }, wait);
    return () => clearTimeout(timer);
  }, [value, intervalMs, throttling]);
  return throttling ? shown : value;
}
