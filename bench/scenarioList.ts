import type { Scenario } from './report';
import { bundleScenario } from './scenarios/bundle';
import { panelIngestScenario } from './scenarios/panelIngest';
import { sendRoundTripScenario } from './scenarios/sendRoundTrip';
import { simulatorScenario } from './scenarios/simulator';
import { startupScenario } from './scenarios/startup';
import { tabsScenario } from './scenarios/tabs';

export interface BenchScenario {
  name: string;
  title: string;
  run: Scenario;
  /** Runs against a production build (distDir); with --baseline, against both builds. */
  needsBuild: boolean;
  /** Stops waiting for the scenario after this long (full / quick). */
  boundMs: [number, number];
}

/** The scenarios in issue 5's order, then issue 15's. */
export const scenarios: BenchScenario[] = [
  { name: 'panelIngest', title: '1. Panel ingest', run: panelIngestScenario, needsBuild: true, boundMs: [10 * 60_000, 4 * 60_000] },
  { name: 'sendRoundTrip', title: '2. Send round trip', run: sendRoundTripScenario, needsBuild: true, boundMs: [5 * 60_000, 2 * 60_000] },
  { name: 'bundle', title: '3. Bundle', run: bundleScenario, needsBuild: true, boundMs: [2 * 60_000, 2 * 60_000] },
  // Measures this tree's src/simulator against a bare CometD server, not a build: runs once, also with --baseline.
  { name: 'simulator', title: '4. Simulator throughput and memory', run: simulatorScenario, needsBuild: false, boundMs: [8 * 60_000, 3 * 60_000] },
  { name: 'startup', title: '5. Start-up', run: startupScenario, needsBuild: true, boundMs: [3 * 60_000, 2 * 60_000] },
  // Issue 15: one GWS CometD session per browser, whatever the number of tabs (a few sign-ins: well under a minute).
  { name: 'tabs', title: '6. Tabs: CometD sessions per browser', run: tabsScenario, needsBuild: true, boundMs: [2 * 60_000, 2 * 60_000] },
];
