import type { ReactNode } from 'react';
import type { OutboundTweets } from '../model/outboundTweets';
import type { QueueLabel } from '../model/queueView';
import type { RowSelection } from '../model/selectRows';
import { AlertBanner } from './alerts/AlertBanner';
import { AlertSettings } from './alerts/AlertSettings';
import type { AlertMeasures } from './alerts/alertRules';
import { useAlertThresholds } from './alerts/alertThresholds';
import { useAlerts } from './alerts/useAlerts';
import { LazyTweetRateChart } from './charts/LazyTweetRateChart';
import { ExportCsvButton } from './export/ExportCsvButton';
import { AgentTable, type AgentFilter } from './perAgent/AgentTable';
import type { AgentFigures } from './perAgent/agentFigures';
import { useDashboardFigures } from './useDashboardFigures';
import './supervisorDashboard.css';

// Until the first pass over the tweets is done (a few ms after the dashboard opens).
const noRows: AgentFigures[] = [];
const noMeasures: AlertMeasures = { errorsLastMinute: 0, stuck: 0 };

interface SupervisorDashboardProps {
  /** Every tweet the list holds, live (the dashboard samples it once a second). */
  data: OutboundTweets;
  /** The rows the list shows now (filters applied): what Export writes. */
  selection: RowSelection;
  /** Its count as the panel shows it (useShownCounts): Export's label. */
  shownCount: number;
  now: number;
  thresholdMs: number;
  /** The list holds a team's tweets (a team feed): figures per agent make sense. */
  team: boolean;
  /** Every agent of the team (the team feed's roster). */
  rosterAgents: readonly string[];
  selectedAgent: string | undefined;
  onFilter: (filter: AgentFilter) => void;
  /** Queue paths as the export names them (config.json's queue names). */
  queueLabel: QueueLabel;
  /** The selected tweet in full, shown under the alerts and above the figures. */
  detail?: ReactNode;
}

/**
 * The supervisor's picture of the team beside the list: alerts (first, in sight), the selected
 * tweet, tweets per agent (a click filters the list), live charts, the alert thresholds and Export. Figures over every tweet are O(tweets), so
 * they follow the list at most once a second, in one pass cut into short slices, and never steal
 * its frames (useDashboardFigures).
 */
export function SupervisorDashboard(props: SupervisorDashboardProps) {
  const { data, selection, shownCount, now, thresholdMs, team, rosterAgents, selectedAgent, onFilter, queueLabel, detail } = props;
  const figures = useDashboardFigures(data, now, thresholdMs, team ? rosterAgents : undefined);
  const rows = figures?.agents ?? noRows;
  const measures = figures?.measures ?? noMeasures;
  const [thresholds, setThresholds] = useAlertThresholds();
  const alerts = useAlerts(measures, thresholds);

  return (
    <div className="supervisor-dashboard">
      <AlertBanner alerts={alerts.shown} onDismiss={alerts.dismiss} />
      {detail}
      <div className="supervisor-dashboard__figures">
        {team ? <AgentTable rows={rows} onFilter={onFilter} selectedAgent={selectedAgent} /> : null}
        <LazyTweetRateChart rates={figures?.rates} />
      </div>
      <div className="supervisor-dashboard__tools">
        <AlertSettings thresholds={thresholds} onThresholdsChange={setThresholds} />
        <ExportCsvButton selection={selection} shownCount={shownCount} now={now} thresholdMs={thresholdMs} queueLabel={queueLabel} />
      </div>
    </div>
  );
}
