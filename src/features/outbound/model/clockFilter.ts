/**
 * The "Since" filter's clock time (an `<input type="time">` value, "14:30" or "14:30:15") as a
 * time on the day of `today` (local time), and back. A time later than `today`'s own clock time
 * is today's all the same: a supervisor who types 23:00 at 09:00 gets no rows, not yesterday's.
 */
export function sinceOfClock(value: string, today: number): number | undefined {
  const match = /^(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  if (!match) return undefined;
  const [hours, minutes, seconds] = [match[1], match[2], match[3] ?? '0'].map(Number);
  if (hours === undefined || minutes === undefined || seconds === undefined || hours > 23 || minutes > 59 || seconds > 59) return undefined;
  const at = new Date(today);
  at.setHours(hours, minutes, seconds, 0);
  return at.getTime();
}

const twoDigits = (value: number) => String(value).padStart(2, '0');

/** The input's value for a "since" time: "14:30", or "14:30:15" when it has seconds. */
export function clockOfSince(since: number | undefined): string {
  if (since === undefined) return '';
  const at = new Date(since);
  const clock = `${twoDigits(at.getHours())}:${twoDigits(at.getMinutes())}`;
  return at.getSeconds() === 0 ? clock : `${clock}:${twoDigits(at.getSeconds())}`;
}
