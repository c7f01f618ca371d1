/**
 * console.warn for notifications the panel ignores, one line per message with its reason and the
 * start of its data as text (text, so the console keeps no reference to the message). A broken or
 * hostile server can send thousands a second: beyond `perSecond` lines in one second the rest are
 * only counted, and one summary line says how many were not shown.
 */
export interface IgnoredNotificationLog {
  /** One ignored notification, its data shown in part. */
  note(reason: string, raw: unknown): void;
  /** One ignored item of a tweet list (its reason names it). */
  noteListItem(reason: string): void;
  /** Writes the summary of the finished second, if any (called on each flush). */
  flush(): void;
}

export interface IgnoredNotificationLogOptions {
  perSecond?: number;
  warn?: (...data: unknown[]) => void;
  now?: () => number;
}

function excerpt(raw: unknown): string {
  try {
    const text = JSON.stringify(raw) ?? String(raw);
    return text.length > 200 ? `${text.slice(0, 200)}…` : text;
  } catch {
    return String(raw).slice(0, 200);
  }
}

export function createIgnoredNotificationLog({
  perSecond = 10,
  warn = (...data) => console.warn(...data),
  now = () => Date.now(),
}: IgnoredNotificationLogOptions = {}): IgnoredNotificationLog {
  let windowStart = -Infinity;
  let logged = 0;
  let suppressed = 0;

  function closeWindowIfOver(at: number): void {
    if (at - windowStart < 1_000) return;
    if (suppressed > 0) {
      warn(`[outbound] ${suppressed} more ignored notification${suppressed === 1 ? ' was' : 's were'} not logged one by one (at most ${perSecond} lines a second)`);
    }
    windowStart = at;
    logged = 0;
    suppressed = 0;
  }

  function line(text: () => string): void {
    closeWindowIfOver(now());
    if (logged < perSecond) {
      logged += 1;
      warn(text());
    } else {
      suppressed += 1;
    }
  }

  return {
    note: (reason, raw) => line(() => `[outbound] ignored a notification: ${reason} — ${excerpt(raw)}`),
    noteListItem: (reason) => line(() => `[outbound] ignored a list item: ${reason}`),
    flush() {
      if (suppressed > 0) closeWindowIfOver(now());
    },
  };
}
