import { useMemo } from 'react';
import { useThrottledValue } from '../hooks/useThrottledValue';
import type { OutboundTweets } from '../model/outboundTweets';
import type { RowSelection } from '../model/selectRows';
import { AlertBanner } from './alerts/AlertBanner';
import { AlertSettings } from './alerts/AlertSettings';
import { alertMeasures } from './alerts/alertRules';
import { useAlertThresholds } from './alerts/alertThresholds';
import { useAlerts } from './alerts/useAlerts';
import { LazyTweetRateChart } from './charts/LazyTweetRateChart';
import { ExportCsvButton } from './export/ExportCsvButton';
import { AgentTable, type AgentFilter } from './perAgent/AgentTable';
import { agentFigures } from './perAgent/agentFigures';
import './supervisorDashboard.css';

/** How often the figures over every tweet (per agent, charts, alerts) are computed again. */
export const figuresIntervalMs = 1_000;

interface SupervisorDashboardProps {
  /** Every tweet the list holds, live (the dashboard samples it once a second). */
  data: OutboundTweets;
  /** The rows the list shows now (filters applied): what Export writes. */
  selection: RowSelection;
  now: number;
  thresholdMs: number;
  /** The list holds a team's tweets (a team feed): figures per agent make sense. */
  team: boolean;
  /** Every agent of the team (the team feed's roster). */
  rosterAgents: readonly string[];
  selectedAgent: string | undefined;
  onFilter: (filter: AgentFilter) => void;
}

/**
 * The supervisor's picture of the team above the list: alerts, tweets per agent (a click filters the
 * list), live charts, the alert thresholds and Export. Figures over every tweet are O(tweets), so
 * they follow the list at most once a second and never steal its frames.
 */
export function SupervisorDashboard({ data, selection, now, thresholdMs, team, rosterAgents, selectedAgent, onFilter }: SupervisorDashboardProps) {
  const sampled = useThrottledValue(data, figuresIntervalMs);
  const sampledNow = useThrottledValue(now, figuresIntervalMs);
  const rule = useMemo(() => ({ now: sampledNow, thresholdMs }), [sampledNow, thresholdMs]);
  const rows = useMemo(() => (team ? agentFigures(sampled.entries.values(), rule, rosterAgents) : []), [team, sampled, rule, rosterAgents]);
  const measures = useMemo(() => alertMeasures(sampled.entries, rule), [sampled, rule]);
  const [thresholds, setThresholds] = useAlertThresholds();
  const alerts = useAlerts(measures, thresholds);

  return (
    <div className="supervisor-dashboard">
      <AlertBanner alerts={alerts.shown} onDismiss={alerts.dismiss} />
      <div className="supervisor-dashboard__figures">
        {team ? <AgentTable rows={rows} onFilter={onFilter} selectedAgent={selectedAgent} /> : null}
        <LazyTweetRateChart data={sampled} now={sampledNow} />
      </div>
      <div className="supervisor-dashboard__tools">
        <AlertSettings thresholds={thresholds} onThresholdsChange={setThresholds} />
        <ExportCsvButton selection={selection} now={now} thresholdMs={thresholdMs} />
      </div>
    </div>
  );
}
