import { useEffect, useRef, useState } from 'react';

/**
 * `value`, but changing at most once every `intervalMs` (the latest value wins); 0 passes every
 * change through. For work that is O(entries) per change, such as filtering 100,000 tweets.
 */
export function useThrottledValue<T>(value: T, intervalMs: number): T {
  const throttling = intervalMs > 0;
  const [shown, setShown] = useState(value);
  const [wasThrottling, setWasThrottling] = useState(throttling);
  const shownAt = useRef(0);
  if (wasThrottling !== throttling) {
    // Switching modes: start from the current value, not from whatever was held before.
    setWasThrottling(throttling);
    setShown(value);
  }
  useEffect(() => {
    if (!throttling) return;
    const wait = Math.max(0, shownAt.current + intervalMs - Date.now());
    const timer = setTimeout(() => {
      shownAt.current = Date.now();
      setShown(value);
    }, wait);
    return () => clearTimeout(timer);
  }, [value, intervalMs, throttling]);
  return throttling ? shown : value;
}
