import { useEffect, useRef, useState } from 'react';

/**
 * `value`, taken at most once per `intervalMs` (the latest wins); the first value counts as taken
 * at mount, so changes in the first interval wait for its end. Whatever is derived from the taken
 * value (an O(entries) count, a chart redraw) therefore runs at most once per interval, however
 * often the caller re-renders.
 */
export function useSampledValue<T>(value: T, intervalMs: number): T {
  const [taken, setTaken] = useState(value);
  const takenAt = useRef<number | undefined>(undefined);
  useEffect(() => {
    takenAt.current ??= Date.now();
  }, []);
  useEffect(() => {
    if (Object.is(value, taken)) return;
    const wait = Math.max(0, (takenAt.current ?? 0) + intervalMs - Date.now());
    const timer = setTimeout(() => {
      takenAt.current = Date.now();
      setTaken(value);
    }, wait);
    return () => clearTimeout(timer);
  }, [value, taken, intervalMs]);
  return taken;
}
