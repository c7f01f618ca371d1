import { useQuery } from '@tanstack/react-query';
import { useCallback, useDeferredValue, useId, useMemo, useState } from 'react';
import { useRuntimeConfig } from '../../../shared/config/RuntimeConfigContext';
import { useGwsSession } from '../../../shared/session/GwsSessionContext';
import { useFillWindow } from '../../../shared/ui/windowFill';
import { useNow } from '../hooks/useNow';
import { useShownCounts } from '../hooks/useShownCounts';
import { useThrottledValue } from '../hooks/useThrottledValue';
import { useOutboundTweetsCache } from '../hooks/useOutboundTweetsCache';
import { useTeamRoster } from '../hooks/useTeamRoster';
import { useTweetSource } from '../hooks/useTweetSource';
import type { OutboundEntry } from '../model/outboundEntry';
import { emptyOutboundTweets } from '../model/outboundTweets';
import { createQueueLabels } from '../model/queueView';
import { defaultOutboundFilters, selectRows, type OutboundFilters } from '../model/selectRows';
import { sortRows, type TweetSort } from '../model/sortRows';
import { formatCount } from '../model/timeFormat';
import { usePanelSettings } from '../panelSettings';
import { outboundTweetsQuery } from '../query/outboundQueries';
import type { AgentFilter } from '../dashboard/perAgent/agentFilter';
import { SupervisorDashboard } from '../dashboard/SupervisorDashboard';
import { SupervisorToolbar } from '../supervisor/SupervisorToolbar';
import { SupervisorView } from '../supervisor/SupervisorView';
import { FailureAnnouncer } from './FailureAnnouncer';
import { EmptyListNote, EvictionNote, IgnoredNotice, ListReadStatus, NoTeamFeedNote } from './PanelNotices';
import { Switch } from './Switch';
import { TweetList } from './TweetList';
import './outboundPanel.css';

/** Entries above which filtered views refresh on a timer rather than on every frame. */
const largeList = 20_000;

/**
 * The live panel, a region named "Outbound tweets": every outbound tweet of the user (or, for a
 * supervisor with a team feed, of the team), newest first, kept current by notifications. The Supervisor view adds
 * counts, filters, the Stuck highlight and Pause.
 */
export default function OutboundPanel() {
  const { user, isSupervisor, draftTexts } = useGwsSession();
  const source = useTweetSource();
  const roster = useTeamRoster();
  const rosterAgents = useMemo(() => roster.map((agent) => agent.userName), [roster]);
  const { agentUserDataKey, queues } = useRuntimeConfig();
  const queueLabel = useMemo(() => createQueueLabels(queues), [queues]);
  const settings = usePanelSettings();
  const cap = settings.maxTweets;
  // GWS lists the user's own tweets only; the team feed names each tweet's agent itself.
  const attribution = useMemo(
    () => ({ userDataKey: agentUserDataKey, ownUser: source.scope === 'own' ? user.userName : undefined }),
    [agentUserDataKey, source.scope, user.userName],
  );
  useOutboundTweetsCache({ source, cap, attribution });
  const tweetsQuery = useQuery(outboundTweetsQuery({ userName: user.userName, source, cap, attribution }));
  const [supervisorView, setSupervisorView] = useState(isSupervisor);
  useFillWindow(supervisorView);
  const [filters, setFilters] = useState<OutboundFilters>(defaultOutboundFilters);
  const [sort, setSort] = useState<TweetSort | undefined>();
  const [stuckAfterSeconds, setStuckAfterSeconds] = useState(settings.stuckAfterSeconds);
  const now = useNow();
  const headingId = useId();

  const { showInbound, state, fromAccount, agent, queue, since } = filters;
  // Typing stays ahead of a large list: the list catches up in a deferred render.
  const text = useDeferredValue(filters.text);
  const liveData = tweetsQuery.data ?? emptyOutboundTweets;
  const filtered = supervisorView && (state !== 'all' || fromAccount !== undefined || agent !== undefined || queue !== undefined || since !== undefined || text.trim() !== '');
  const sorted = supervisorView && sort !== undefined;
  // Filtering scans every entry, sorting orders them: with a very large list, at most 4 (1) times a second.
  const scans = filtered || sorted || (!showInbound && liveData.facets.inboundStates.size > 0);
  const data = useThrottledValue(liveData, scans && liveData.entries.size > largeList ? (sorted ? 1_000 : 250) : 0);
  const thresholdMs = stuckAfterSeconds * 1000;
  const selection = useMemo(() => {
    const effective = supervisorView ? { showInbound, state, fromAccount, agent, queue, since, text } : { ...defaultOutboundFilters, showInbound };
    return selectRows(data, effective, { now, thresholdMs });
  }, [data, supervisorView, showInbound, state, fromAccount, agent, queue, since, text, now, thresholdMs]);
  const rows = useMemo(
    () => (sorted ? sortRows(selection, sort, { queueLabel, draftMessage: (id) => draftTexts.get(id)?.message }) : selection),
    [sorted, selection, sort, queueLabel, draftTexts],
  );

  // GWS lets a user operate on their own tweets only: in the team's list, others' tweets get no actions.
  const mayActOn = useCallback((entry: OutboundEntry) => source.scope === 'own' || entry.agent === user.userName, [source.scope, user.userName]);
  // Stable: the memoised filter fields and per-agent table take them.
  const changeFilters = useCallback((change: Partial<OutboundFilters>) => setFilters((current) => ({ ...current, ...change })), []);
  const filterByAgent = useCallback((filter: AgentFilter) => changeFilters({ agent: filter.agent, state: filter.state }), [changeFilters]);
  const switchSupervisorView = (on: boolean) => {
    // Pause lives in the supervisor toolbar: leaving it must not leave the list standing still.
    if (!on) source.feed.resume();
    setSupervisorView(on);
  };
  const total = data.entries.size;
  const { stateCounts, stuck } = selection;
  const shown = useShownCounts(
    useMemo(() => ({ count: selection.count, total, stateCounts, stuck }), [selection.count, total, stateCounts, stuck]),
    filters,
  );
  const notes = (
    <>
      <EvictionNote evicted={data.evicted} cap={cap} />
      <p className="outbound-panel__summary">
        {shown.count === shown.total
          ? `${formatCount(shown.total)} tweet${shown.total === 1 ? '' : 's'}`
          : `Showing ${formatCount(shown.count)} of ${formatCount(shown.total)} tweets`}
        {source.scope === 'team' ? ' of the team' : ''}
      </p>
      {isSupervisor && source.scope === 'own' ? <NoTeamFeedNote /> : null}
    </>
  );

  return (
    <section className="outbound-panel" data-view={supervisorView ? 'supervisor' : 'agent'} aria-labelledby={headingId}>
      <div className="outbound-panel__header">
        <h2 id={headingId}>Outbound tweets</h2>
        <div className="outbound-panel__switches">
          {isSupervisor ? <Switch label="Supervisor view" checked={supervisorView} onChange={switchSupervisorView} /> : null}
          <Switch label="Show inbound tweets" checked={showInbound} onChange={(on) => changeFilters({ showInbound: on })} />
        </div>
      </div>
      <FailureAnnouncer failed={liveData.facets.outboundStates.get('Error') ?? 0} />
      <IgnoredNotice feed={source.feed} />
      <ListReadStatus
        isPending={tweetsQuery.isPending}
        isFetching={tweetsQuery.isFetching}
        error={tweetsQuery.error}
        onRetry={() => void tweetsQuery.refetch()}
      />
      {supervisorView ? (
        <SupervisorView
          data={liveData}
          selection={rows}
          now={now}
          stuckThresholdMs={thresholdMs}
          busy={tweetsQuery.isFetching}
          isPending={tweetsQuery.isPending}
          labelledBy={headingId}
          sort={sort}
          onSortChange={setSort}
          queueLabel={queueLabel}
          draftTexts={draftTexts}
          mayActOn={mayActOn}
          toolbar={
            <SupervisorToolbar
              filters={filters}
              onFiltersChange={changeFilters}
              stateCounts={shown.stateCounts}
              stuck={shown.stuck}
              facets={data.facets}
              queueLabel={queueLabel}
              stuckAfterSeconds={stuckAfterSeconds}
              onStuckAfterSecondsChange={setStuckAfterSeconds}
              feed={source.feed}
              rosterAgents={rosterAgents}
            />
          }
          notes={notes}
          dashboard={(detail) => (
            <SupervisorDashboard
              data={liveData}
              selection={rows}
              shownCount={shown.count}
              now={now}
              thresholdMs={thresholdMs}
              team={source.scope === 'team'}
              rosterAgents={rosterAgents}
              selectedAgent={agent}
              onFilter={filterByAgent}
              queueLabel={queueLabel}
              detail={detail}
            />
          )}
        />
      ) : (
        <>
          {notes}
          {selection.count === 0 ? (
            <EmptyListNote isPending={tweetsQuery.isPending} total={total} />
          ) : (
            <TweetList
              selection={selection}
              now={now}
              stuckThresholdMs={thresholdMs}
              busy={tweetsQuery.isFetching}
              labelledBy={headingId}
              draftTexts={draftTexts}
              mayActOn={mayActOn}
            />
          )}
        </>
      )}
    </section>
  );
}
