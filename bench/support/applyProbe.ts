/**
 * In-page observer of the live panel's cache writes, installed with page.addInitScript before the
 * app's scripts (plain JavaScript source, for the reason given in pageProbes.ts). It is the
 * `window.__gwsTweetsApplied` that src/features/outbound/hooks/tweetsAppliedObserver.ts calls after
 * each batch the reducer has put in the React Query cache ([ours, for the benchmark]).
 *
 * Per phase it counts the tweet notifications that reached the cache and times every load tweet:
 * apply latency = the batch's `appliedAt` − the ISO time in the tweet's message ("Load tweet #N from
 * … at <ISO>", taken by /sim/load right after Create, ≤ a few ms before the Sent publish). The timed
 * event is the tweet's **Sent** notification: the message is set by Send, so Composing has none.
 * Messages are only collected inside the app's call (a push per Sent tweet); they are parsed when a
 * snapshot is asked for. Without the app's hook nothing is ever reported: `observed` stays false,
 * no latency, no cache count — "not measured", never a made-up figure.
 */

export interface ApplySnapshot {
  /** The app has reported at least one batch since the page loaded (the hook is there). */
  observed: boolean;
  /** Batches reported during the phase. */
  batches: number;
  /** Tweet notifications (tweet state / tweet error) in those batches: what reached the cache. */
  notifications: number;
  /** Distinct load tweets of the phase whose Sent notification reached the cache. */
  sentTweets: number;
  /** Publish (ISO in the message) → in the cache (ms), one per load tweet of the phase, at its Sent. */
  latencies: number[];
}

/** What the cache holds of the phase's load tweets, read at the end (after the drain). */
export interface CacheCount {
  /** Load tweets of the phase in the cache, in state Sent. */
  sent: number;
  /** Of `listed` (ids from the team feed's list read), how many the cache lacks. */
  listedMissing: number;
}

export interface ApplyProbe {
  /** Starts a phase; load tweets created before `startedEpoch` (Date.now()) are not the phase's. */
  start(name: string, startedEpoch: number): void;
  snapshot(): ApplySnapshot;
  /** Cheap progress for the drain: no copies, no parsing. */
  progress(): { observed: boolean; notifications: number };
  /** Null when the app never reported a batch (no way to read its cache). */
  countCache(listed: string[]): CacheCount | null;
  /** Ends the phase and lets its figures go (they would count in the heap measured next). */
  stop(): void;
}

export interface BenchApplyWindow {
  __benchApply: ApplyProbe;
}

export const applyProbeSource = String.raw`
(() => {
  const stampPattern = /^Load tweet #(\d+) from \S+ at (\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z)$/;
  const fresh = (name, startedEpoch) => ({ name, startedEpoch, startedIso: new Date(startedEpoch).toISOString(), batches: 0, notifications: 0, messages: [], appliedAt: [], parsed: 0, numbers: new Set(), latencies: [] });
  let phase = fresh('', 0);
  let readCache;
  window.__gwsTweetsApplied = (batch) => {
    readCache = batch.cachedTweets;
    if (!phase.name) return;
    phase.batches += 1;
    for (const event of batch.events) {
      if (event.type !== 'notification') continue;
      phase.notifications += 1;
      const tweet = event.notification.tweet;
      if (tweet && tweet.state === 'Sent' && typeof tweet.message === 'string') {
        phase.messages.push(tweet.message);
        phase.appliedAt.push(batch.appliedAt);
      }
    }
  };
  // A load tweet of the phase: its number (a string) and creation time; undefined for any other message.
  const phaseNumber = (message, startedEpoch) => {
    const m = typeof message === 'string' ? stampPattern.exec(message) : null;
    if (!m) return undefined;
    const stamp = Date.parse(m[2]);
    return stamp >= startedEpoch ? { number: m[1], stamp } : undefined;
  };
  const parse = () => {
    for (; phase.parsed < phase.messages.length; phase.parsed += 1) {
      const load = phaseNumber(phase.messages[phase.parsed], phase.startedEpoch);
      if (!load || phase.numbers.has(load.number)) continue;
      phase.numbers.add(load.number);
      phase.latencies.push(phase.appliedAt[phase.parsed] - load.stamp);
    }
  };
  window.__benchApply = {
    start(name, startedEpoch) {
      phase = fresh(name, startedEpoch);
    },
    snapshot() {
      parse();
      return { observed: readCache !== undefined, batches: phase.batches, notifications: phase.notifications,
        sentTweets: phase.numbers.size, latencies: phase.latencies.slice() };
    },
    progress() {
      return { observed: readCache !== undefined, notifications: phase.notifications };
    },
    countCache(listed) {
      if (!readCache) return null;
      const ids = new Set();
      for (const tweet of readCache()) {
        if (tweet.state !== 'Sent' || typeof tweet.message !== 'string') continue;
        // ISO times of one format compare as strings: no Date.parse per cached tweet.
        const m = stampPattern.exec(tweet.message);
        if (m && m[2] >= phase.startedIso) ids.add(tweet.id);
      }
      return { sent: ids.size, listedMissing: listed.filter((id) => !ids.has(id)).length };
    },
    stop() {
      phase = fresh('', 0);
    },
  };
})();
`;
