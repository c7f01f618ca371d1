import { isInbound } from '../model/entryView';
import type { OutboundEntry } from '../model/outboundEntry';
import { AlertTally, type AlertMeasures } from './alerts/alertRules';
import { RateTally, type WindowRates } from './charts/tweetRates';
import { AgentTally, type AgentFigures } from './perAgent/agentFigures';

/** What the dashboard's figures are measured against. */
export interface FiguresInput {
  /** The moment measured at (stuck drafts, errors in the last minute, the charts' current minute). */
  now: number;
  /** How long in Composing makes a draft stuck. */
  thresholdMs: number;
  /** Every agent of the team for a per-agent table; undefined for none (not a team's list). */
  roster: readonly string[] | undefined;
}

/** Every figure the supervisor's dashboard shows over the tweets. */
export interface DashboardFigures {
  /** Per agent, sorted by name; empty without a roster. */
  agents: AgentFigures[];
  /** What the alert thresholds are compared with. */
  measures: AlertMeasures;
  /** Tweets per minute, over both windows the charts offer. */
  rates: WindowRates;
}

/**
 * The per-agent figures, the alert measures and the tweet rates in one pass over the tweets: each
 * entry is read once for all three (reading `stateTimes` is the costly part). Fed one entry at a
 * time, so the pass can be spread over several tasks (see slicedFigures.ts).
 */
export class FiguresPass {
  private readonly agents: AgentTally | undefined;
  private readonly alerts: AlertTally;
  private readonly rates: RateTally;

  constructor({ now, thresholdMs, roster }: FiguresInput) {
    const rule = { now, thresholdMs };
    this.agents = roster === undefined ? undefined : new AgentTally(rule, roster);
    this.alerts = new AlertTally(rule);
    this.rates = new RateTally(now);
  }

  add(entry: OutboundEntry): void {
    // Inbound tweets are not the team's output: in none of the figures.
    if (isInbound(entry.tweet)) return;
    this.rates.add(entry);
    this.alerts.add(entry);
    this.agents?.add(entry);
  }

  finish(): DashboardFigures {
    return {
      agents: this.agents?.figures() ?? [],
      measures: this.alerts.measures(),
      rates: { 15: this.rates.rates(15), 60: this.rates.rates(60) },
    };
  }
}

/** The figures over some entries, in one go. */
export function dashboardFigures(entries: Iterable<OutboundEntry>, input: FiguresInput): DashboardFigures {
  const pass = new FiguresPass(input);
  for (const entry of entries) pass.add(entry);
  return pass.finish();
}
