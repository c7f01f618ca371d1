/** Words for times and durations in the panel (English, like the rest of the console). */

const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto', style: 'long' });

/** "now", "12 seconds ago", "3 minutes ago", "2 hours ago", "5 days ago". */
export function formatRelativeTime(at: number, now: number): string {
  const seconds = Math.round((at - now) / 1000);
  const abs = Math.abs(seconds);
  if (abs < 5) return 'now';
  if (abs < 60) return relative.format(seconds, 'second');
  if (abs < 3_600) return relative.format(Math.round(seconds / 60), 'minute');
  if (abs < 86_400) return relative.format(Math.round(seconds / 3_600), 'hour');
  return relative.format(Math.round(seconds / 86_400), 'day');
}

/** "0.35 s", "12 s", "2 min 5 s", "1 h 3 min". */
export function formatDuration(ms: number): string {
  if (ms < 10_000) return `${(ms / 1000).toFixed(ms < 1000 ? 2 : 1)} s`;
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ${seconds % 60} s`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

// One formatter each: toLocale…String() builds a new one on every call, which shows in profiles.
const clockTime = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit' });
const clockMinute = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });
const wholeNumber = new Intl.NumberFormat('en-US');
const dateTime = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'medium' });

/** Date and time, e.g. "25 Nov 2026, 14:03:07" (a time element's title). */
export function formatDateTime(at: number): string {
  return dateTime.format(at);
}

/** Local wall-clock time, e.g. "14:03:07". */
export function formatClockTime(at: number): string {
  return clockTime.format(at);
}

/** Local wall-clock time to the minute, e.g. "14:03": for a time that is only a bound ("before 14:03"). */
export function formatClockMinute(at: number): string {
  return clockMinute.format(at);
}

/** "1,234" */
export function formatCount(count: number): string {
  return wholeNumber.format(count);
}
