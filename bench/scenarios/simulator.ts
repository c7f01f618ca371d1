import { join } from 'node:path';
import { emptyResult, type Scenario, type Table } from '../report';
import { forkRpc, type ChildRpc } from '../support/childRpc';
import type { ProfileSummary } from '../support/cpuProfile';
import { forkedPair, measureRound, type Pair, type Round } from '../support/throughput/pair';
import { max, median, round } from '../support/stats';

const serverChild = new URL('../support/throughput/serverChild.ts', import.meta.url);
const clientChild = new URL('../support/throughput/clientChild.ts', import.meta.url);

/** Issue 5: the simulator delivers ≥ 80% of a bare cometd-nodejs-server's rate. */
export const simulatorRatioTarget = 0.8;
/** Published but not yet acknowledged by the client, at most (both servers alike). */
const window = 10_000;

/**
 * Scenario 4: notifications/s to ONE long-polling client (cometd + cometd-nodejs-client, the
 * supervisor on the team feed: /team-feed/cometd, subscribed to /team/twitter, where the team's
 * tweets reach a supervisor), simulator vs bare cometd-nodejs-server, in alternating rounds
 * (medians); then the simulator's memory after 1,000,000 notifications (time-bounded).
 * Each server runs in its own process, the client in a third (see support/throughput/).
 */
export const simulatorScenario: Scenario = async ({ quick, profile, resultsDir, log }) => {
  const plan = quick
    ? { warmup: 5_000, rounds: 3, perRound: 20_000, memoryTotal: 1_000_000, memoryBoundMs: 15_000 }
    : { warmup: 20_000, rounds: 5, perRound: 60_000, memoryTotal: 1_000_000, memoryBoundMs: 120_000 };
  const children: ChildRpc[] = [];
  try {
    const [simProcess, bareProcess, clientProcess] = await Promise.all([
      forkRpc(serverChild, ['simulator']),
      forkRpc(serverChild, ['bare']),
      forkRpc(clientChild),
    ]);
    children.push(simProcess, bareProcess, clientProcess);
    const sim = await forkedPair(simProcess, clientProcess, 'supervisor');
    const bare = await forkedPair(bareProcess, clientProcess, 'supervisor');
    const baseline = await sim.memory();

    for (const pair of [sim, bare]) await measureRound(pair, plan.warmup, window);
    const rounds: Record<'simulator' | 'bare', Round[]> = { simulator: [], bare: [] };
    const order: string[] = [];
    for (let r = 0; r < plan.rounds; r++) {
      const pairs = r % 2 === 0 ? [sim, bare] : [bare, sim];
      order.push(pairs.map((p) => p.kind).join(' → '));
      for (const pair of pairs) {
        const measured = await measureRound(pair, plan.perRound, window);
        rounds[pair.kind].push(measured);
        log(`  round ${r + 1} ${pair.kind}: ${Math.round(measured.perSecond).toLocaleString('en-US')} msg/s`);
      }
    }
    const simRate = median(rounds.simulator.map((x) => x.perSecond));
    const bareRate = median(rounds.bare.map((x) => x.perSecond));
    const ratio = simRate / bareRate;

    const profiles: ProfileSummary[] = [];
    if (profile || ratio < simulatorRatioTarget) {
      log('  profiling one round of each server (V8 CPU profiler)…');
      for (const pair of [sim, bare]) profiles.push(...(await profiledRound(pair, plan.perRound, resultsDir)));
    }

    const simSoFar = (await sim.clientStats()).received;
    log(`  memory run: up to ${plan.memoryTotal.toLocaleString('en-US')} notifications in all, at most ${plan.memoryBoundMs / 1000} s…`);
    const memoryRun = await measureRound(sim, Math.max(0, plan.memoryTotal - simSoFar), window, plan.memoryBoundMs);
    const simClient = await sim.clientStats();
    const bareClient = await bare.clientStats();
    const simCounters = await sim.counters();
    const bareCounters = await bare.counters();
    const afterMemory = await sim.memory();

    const lost = simCounters.published - simClient.received + (bareCounters.published - bareClient.received);
    const result = emptyResult();
    result.tables.push(roundsTable(rounds, order), {
      title: 'Summary (medians)',
      columns: ['server', 'median msg/s', 'min', 'max', 'published', 'received', 'out of order', 'handshakes'],
      rows: [
        ['simulator', Math.round(simRate), Math.round(min(rounds.simulator)), Math.round(maxRate(rounds.simulator)), simCounters.published, simClient.received, simClient.outOfOrder, simClient.handshakes],
        ['bare cometd-nodejs-server', Math.round(bareRate), Math.round(min(rounds.bare)), Math.round(maxRate(rounds.bare)), bareCounters.published, bareClient.received, bareClient.outOfOrder, bareClient.handshakes],
        ['ratio simulator / bare', `${round(100 * ratio)} %`],
      ],
    });
    const simCpu = median(rounds.simulator.map((x) => x.serverCpuUs));
    const bareCpu = median(rounds.bare.map((x) => x.serverCpuUs));
    const clientCpu = median([...rounds.simulator, ...rounds.bare].map((x) => x.clientCpuUs));
    result.tables.push({
      title: 'CPU cost per notification (medians; the client is one process for both)',
      columns: ['process', 'CPU µs / notification'],
      rows: [
        ['simulator server', round(simCpu, 2)],
        ['bare server', round(bareCpu, 2)],
        ['client (cometd + cometd-nodejs-client)', round(clientCpu, 2)],
      ],
    });
    if (clientCpu > Math.max(simCpu, bareCpu)) {
      result.notes.push(`the client costs more CPU per notification (${round(clientCpu, 1)} µs) than either server: the rate is bounded by the one client, so the ratio understates server-side differences — compare the server CPU µs/notification too (simulator ${round(simCpu, 1)} vs bare ${round(bareCpu, 1)})`);
    }
    result.tables.push({
      title: `Simulator process memory (${afterMemory.afterGc ? 'after a full GC, --expose-gc' : 'no GC available: figures include garbage'})`,
      columns: ['when', 'notifications delivered', 'RSS MiB', 'heapUsed MiB', 'heapTotal MiB', 'external MiB'],
      rows: [
        ['at start (client connected)', 0, baseline.rssMiB, baseline.heapUsedMiB, baseline.heapTotalMiB, baseline.externalMiB],
        ['after the memory run', simClient.received, afterMemory.rssMiB, afterMemory.heapUsedMiB, afterMemory.heapTotalMiB, afterMemory.externalMiB],
      ],
    });
    for (const summary of profiles) result.tables.push(profileTable(summary, 'topFrames'), profileTable(summary, 'byOrigin'));
    const broken = [...rounds.simulator, ...rounds.bare, memoryRun].filter((r) => !r.complete || r.stalled).length;
    if (broken > 0) result.notes.push(`${broken} run(s) incomplete or stalled (nothing acknowledged for 10 s); client handshakes: simulator ${simClient.handshakes}, bare ${bareClient.handshakes}; simulator sessions dropped: ${simCounters.sessionsDropped ?? 0} — a session lost and re-made loses what was published meanwhile`);
    if (simClient.received < plan.memoryTotal) {
      result.notes.push(`memory measured after ${simClient.received.toLocaleString('en-US')} notifications, not 1,000,000: the run stopped at its ${plan.memoryBoundMs / 1000} s bound (${Math.round(memoryRun.perSecond)} msg/s)`);
    }
    result.notes.push('simulator side: its real delivery path in process (handleTeamFeed + the team feed\'s CometD notifier + notifyTwitter), not /sim/load or /sim/publish — see support/throughput/simServer.ts');
    result.targets.push(
      {
        target: `simulator ≥ ${simulatorRatioTarget * 100} % of bare`,
        measured: `${round(100 * ratio)} % (${Math.round(simRate)} vs ${Math.round(bareRate)} msg/s); server CPU ${round(simCpu)} vs ${round(bareCpu)} µs/notification`,
        met: ratio >= simulatorRatioTarget,
        value: 100 * ratio,
        unit: '%',
        better: 'higher',
      },
      { target: '0 notifications lost, in order', measured: `${lost} lost, ${simClient.outOfOrder + bareClient.outOfOrder} out of order`, met: lost === 0 && simClient.outOfOrder + bareClient.outOfOrder === 0, value: lost, unit: 'lost', better: 'lower' },
    );
    result.data = { plan: { ...plan, window }, rounds, simRate, bareRate, ratio, cpuUsPerNotification: { simulator: simCpu, bare: bareCpu, client: clientCpu }, simCounters, bareCounters, simClient, bareClient, memory: { baseline, after: afterMemory, delivered: simClient.received, memoryRun }, profiles };
    return result;
  } finally {
    await Promise.all(children.map((child) => child.close()));
  }
};

const min = (rounds: Round[]) => Math.min(...rounds.map((r) => r.perSecond));
const maxRate = (rounds: Round[]) => max(rounds.map((r) => r.perSecond));

function roundsTable(rounds: Record<'simulator' | 'bare', Round[]>, order: string[]): Table {
  return {
    title: 'Rounds (notifications/s to one long-polling client; rounds alternate which server goes first)',
    columns: ['round', 'order', 'simulator msg/s', 'bare msg/s', 'simulator / bare', 'server CPU µs/msg sim | bare', 'client CPU µs/msg'],
    rows: order.map((o, i) => {
      const s = rounds.simulator[i];
      const b = rounds.bare[i];
      const rate = (r: Round | undefined) => r?.perSecond ?? Number.NaN;
      const us = (r: Round | undefined, key: 'serverCpuUs' | 'clientCpuUs') => (r ? round(r[key]) : '?');
      return [
        i + 1,
        o,
        Math.round(rate(s)),
        Math.round(rate(b)),
        `${round((100 * rate(s)) / rate(b))} %`,
        `${us(s, 'serverCpuUs')} | ${us(b, 'serverCpuUs')}`,
        `${us(s, 'clientCpuUs')} | ${us(b, 'clientCpuUs')}`,
      ];
    }),
  };
}

async function profiledRound(pair: Pair, count: number, resultsDir: string): Promise<ProfileSummary[]> {
  await pair.profileStart();
  await measureRound(pair, count, window);
  const summary = await pair.profileStop(join(resultsDir, `${pair.kind}-throughput.cpuprofile`));
  return summary ? [summary] : [];
}

function profileTable(summary: ProfileSummary, key: 'topFrames' | 'byOrigin'): Table {
  const name = summary.file.split('/').pop() ?? summary.file;
  return {
    title: `${name}: ${key === 'topFrames' ? 'top functions' : 'by origin'} by self time (${summary.totalMs} ms sampled)`,
    columns: [key === 'topFrames' ? 'function' : 'origin', 'self ms', 'self %'],
    rows: summary[key].map((f) => [f.frame, f.selfMs, f.selfPercent]),
  };
}
