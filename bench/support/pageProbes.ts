/**
 * In-page instrumentation, installed with page.addInitScript before the app's own scripts.
 *
 * Plain JavaScript source on purpose: tsx compiles this project with esbuild's keepNames, which
 * wraps inner functions in `__name(…)` — a helper that does not exist in the page — so functions
 * serialized to the page must stay trivial. The logic lives here; Node calls it through
 * `window.__bench…` with one-line arrows. Types for those calls are below.
 */

export interface StartupProbe {
  /** performance.now() (ms since navigation start) when the sign-in form became usable. */
  formAt?: number;
  /** … when the banner with the product name first appeared (the fallback). */
  bannerAt?: number;
  /**
   * … when React had taken over the form (its props attached to the <form> element): from then on
   * "Sign in" works. With a pre-rendered page the form is usable (typing) before this.
   */
  reactAt?: number;
  /** Resolves with formAt / bannerAt, or null after `timeoutMs` (no polling from outside). */
  wait(what: 'form' | 'banner', timeoutMs: number): Promise<number | null>;
}

export interface PhaseSnapshot {
  phase: string;
  durationMs: number;
  frames: number;
  longTasks: number[];
  /** The browser offers the Long Tasks API: without it `longTasks` is empty, not "none". */
  longTasksSupported: boolean;
  /** Publish → shown (ms), one per load tweet whose row showed up on screen during the phase. */
  latencies: number[];
  rowsSeen: number;
  /** Highest load tweet number (#N) shown during the phase: the last one shown = the panel caught up. */
  maxNumber: number;
}

export interface PanelProbe {
  start(phase: string): void;
  snapshot(): PhaseSnapshot;
}

export interface SendProbe {
  /** Watches `region` for a "Sent" text appearing after the next click anywhere in the page. */
  arm(region: Element): void;
  /** Resolves with sentAt − clickAt (ms), or null after `timeoutMs`. */
  wait(timeoutMs: number): Promise<number | null>;
}

export interface BenchWindow {
  __benchStartup: StartupProbe;
  __benchPanel: PanelProbe;
  __benchSend: SendProbe;
}

export const pageProbesSource = String.raw`
(() => {
  // --- start-up: the sign-in form usable (Username enabled + focusable, "Sign in" button), or the banner
  const reached = { form: undefined, banner: undefined };
  const startup = {
    wait(what, timeoutMs) {
      const at = what === 'form' ? startup.formAt : startup.bannerAt;
      if (at !== undefined) return Promise.resolve(at);
      return new Promise((resolve) => {
        reached[what] = resolve;
        setTimeout(() => resolve(null), timeoutMs);
      });
    },
  };
  window.__benchStartup = startup;
  const norm = (s) => (s || '').replace(/\s+/g, ' ').trim().replace(/\s*\*$/, '').toLowerCase();
  const byLabel = (name) => {
    for (const label of document.querySelectorAll('label')) {
      if (norm(label.textContent) === name && label.control) return label.control;
    }
    for (const el of document.querySelectorAll('input,textarea')) {
      if (norm(el.getAttribute('aria-label')) === name) return el;
      const ids = (el.getAttribute('aria-labelledby') || '').split(/\s+/).filter(Boolean);
      if (ids.length && norm(ids.map((id) => document.getElementById(id)?.textContent).join(' ')) === name) return el;
    }
    return undefined;
  };
  const usable = (el) =>
    !!el && !el.disabled && !el.readOnly && el.tabIndex >= 0 && !el.closest('[inert],[hidden]') && el.getClientRects().length > 0;
  const signInButton = () => [...document.querySelectorAll('button,[role=button],input[type=submit]')]
    .some((b) => norm(b.textContent || b.value) === 'sign in');
  const checkStartup = () => {
    const now = performance.now();
    if (startup.bannerAt === undefined) {
      const banner = document.querySelector('header,[role=banner]');
      if (banner && banner.textContent.includes('GWS Tweet Console')) {
        startup.bannerAt = now;
        reached.banner?.(now);
      }
    }
    // Cheapest test first: usable() reads layout (getClientRects), only worth it once the rest is there.
    if (startup.formAt === undefined && signInButton() && usable(byLabel('username'))) {
      startup.formAt = now;
      reached.form?.(now);
    }
    if (startup.formAt !== undefined && startup.bannerAt !== undefined) startupObserver.disconnect();
  };
  const checkReact = () => {
    const form = document.querySelector('form');
    if (form && Object.keys(form).some((key) => key.startsWith('__reactProps'))) startup.reactAt = performance.now();
    else if (performance.now() < 20000) requestAnimationFrame(checkReact);
  };
  requestAnimationFrame(checkReact);
  const startupObserver = new MutationObserver(checkStartup);
  startupObserver.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });

  // --- panel ingest: frames, long tasks, publish → shown latency of load tweets
  // No transport probe (patching XMLHttpRequest to time the long-polls): they now run in a
  // SharedWorker the page cannot see, and on an older build, where they run on the page, the
  // probe's own main-thread work would be charged to that build alone under --baseline.
  const stampPattern = /Load tweet #(\d+) from (\S+) at (\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z)/g;
  let phase = { name: '', startedAt: performance.now(), startedEpoch: Date.now(), frames: 0, longTasks: [], latencies: [], seen: new Set(), pending: [], maxNumber: 0 };
  const frame = () => {
    phase.frames += 1;
    if (phase.pending.length) {
      const now = Date.now();
      for (const stamp of phase.pending) phase.latencies.push(now - stamp);
      phase.pending = [];
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  // observe() ignores an unknown type (a console warning): ask supportedEntryTypes first.
  let longTasksSupported = false;
  try {
    if ((PerformanceObserver.supportedEntryTypes || []).includes('longtask')) {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (phase.name) phase.longTasks.push(entry.duration);
      }).observe({ type: 'longtask', buffered: false });
      longTasksSupported = true;
    }
  } catch (e) { /* no longtask support */ }
  const scan = (text) => {
    if (!phase.name || !text || text.indexOf('Load tweet #') < 0) return;
    for (const m of text.matchAll(stampPattern)) {
      const key = m[1] + '@' + m[3];
      if (phase.seen.has(key)) continue;
      phase.seen.add(key);
      const stamp = Date.parse(m[3]);
      if (stamp < phase.startedEpoch) continue;
      phase.pending.push(stamp);
      phase.maxNumber = Math.max(phase.maxNumber, Number(m[1]));
    }
  };
  new MutationObserver((records) => {
    if (!phase.name) return;
    for (const record of records) {
      if (record.type === 'characterData') scan(record.target.data);
      else for (const node of record.addedNodes) scan(node.textContent);
    }
  }).observe(document, { subtree: true, childList: true, characterData: true });
  window.__benchPanel = {
    start(name) {
      phase = { name, startedAt: performance.now(), startedEpoch: Date.now(), frames: 0, longTasks: [], latencies: [], seen: new Set(), pending: [], maxNumber: 0 };
    },
    snapshot() {
      return { phase: phase.name, durationMs: performance.now() - phase.startedAt, frames: phase.frames,
        longTasks: phase.longTasks.slice(), longTasksSupported, latencies: phase.latencies.slice(), rowsSeen: phase.seen.size, maxNumber: phase.maxNumber };
    },
  };

  // --- send round trip: click → a "Sent" text appears in the compose region
  const send = { clickAt: undefined, sentAt: undefined, observer: undefined, resolve: undefined, done: Promise.resolve(null) };
  document.addEventListener('click', () => { if (send.clickAt === undefined && send.observer) send.clickAt = performance.now(); }, true);
  const hasSent = (text) => /\bSent\b/.test(text || '');
  window.__benchSend = {
    wait(timeoutMs) {
      return Promise.race([send.done, new Promise((resolve) => setTimeout(() => resolve(null), timeoutMs))]);
    },
    arm(region) {
      send.observer?.disconnect();
      send.clickAt = undefined;
      send.sentAt = undefined;
      send.done = new Promise((resolve) => { send.resolve = resolve; });
      send.observer = new MutationObserver((records) => {
        if (send.clickAt === undefined || send.sentAt !== undefined) return;
        for (const record of records) {
          const texts = record.type === 'characterData' ? [record.target.data]
            : record.type === 'attributes' ? [record.target.getAttribute(record.attributeName)]
            : [...record.addedNodes].map((n) => n.textContent);
          if (texts.some(hasSent)) {
            send.sentAt = performance.now();
            send.observer.disconnect();
            send.resolve(send.sentAt - send.clickAt);
            return;
          }
        }
      });
      send.observer.observe(region, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['aria-label', 'value'] });
    },
  };
})();
`;
