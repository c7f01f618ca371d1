import { memo, useMemo, useState } from 'react';
import { formatDuration } from '../../model/timeFormat';
import { AgentCountCell } from './AgentCountCell';
import { agentColumnValue, sortAgentFigures, type AgentColumn, type AgentFigures, type SortDirection } from './agentFigures';
import { countColumns, type AgentFilter } from './agentFilter';
import { SortHeader } from './SortHeader';
import './agentTable.css';

export type { AgentFilter } from './agentFilter';

interface AgentTableProps {
  /** From `agentFigures` (any order: the table sorts them). */
  rows: AgentFigures[];
  onFilter: (filter: AgentFilter) => void;
  /** The agent the list is filtered to, if any: its name button shows as pressed. */
  selectedAgent?: string;
}

interface Sort {
  column: AgentColumn;
  direction: SortDirection;
}

/**
 * The supervisor's tweets per agent, a dense table. Every header sorts (again: the other way); a
 * count sorts largest first on its first click (who has the most errors), the name A→Z. Every count
 * above zero lists those tweets (`onFilter`), the agent's name lists all theirs (pressed while the
 * list is filtered to them; pressed again, it lists everyone's).
 *
 * The unknown-agent row has no buttons: the list's agent filter has no "no agent" choice (an
 * undefined agent means every agent), so none of its clicks could list just those tweets.
 *
 * Memoised: its figures change once a second, while the panel around it renders on every batch.
 */
export const AgentTable = memo(function AgentTable({ rows, onFilter, selectedAgent }: AgentTableProps) {
  const [sort, setSort] = useState<Sort>({ column: 'agent', direction: 'ascending' });
  const sorted = useMemo(() => sortAgentFigures(rows, sort.column, sort.direction), [rows, sort]);

  const sortBy = (column: AgentColumn) =>
    setSort((current) =>
      current.column === column
        ? { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' }
        : { column, direction: column === 'agent' ? 'ascending' : 'descending' },
    );
  const directionOf = (column: AgentColumn) => (sort.column === column ? sort.direction : undefined);

  return (
    <div className="agent-table-scroll">
      <table className="agent-table">
        <caption>Tweets per agent</caption>
        <thead>
          <tr>
            <SortHeader column="agent" label="Agent" direction={directionOf('agent')} onSort={sortBy} />
            {countColumns.map(({ column, label }) => (
              <SortHeader key={column} column={column} label={label} direction={directionOf(column)} onSort={sortBy} numeric />
            ))}
            <SortHeader
              column="medianComposingToSent"
              label="Median Composing → Sent"
              direction={directionOf('medianComposingToSent')}
              onSort={sortBy}
              numeric
            />
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => {
            const selected = row.known && row.agent === selectedAgent;
            return (
              <tr key={`${String(row.known)}:${row.agent}`} className={selected ? 'agent-table__row--selected' : undefined}>
                <th scope="row" className="agent-table__agent">
                  {row.known ? (
                    <button
                      type="button"
                      className="agent-table__filter"
                      aria-pressed={selected}
                      aria-label={`Show only ${row.agent}'s tweets`}
                      onClick={() => onFilter({ agent: selected ? undefined : row.agent, state: 'all' })}
                    >
                      {row.agent}
                    </button>
                  ) : (
                    <span className="agent-table__unknown">{row.agent}</span>
                  )}
                </th>
                {countColumns.map((column) => (
                  <AgentCountCell
                    key={column.column}
                    agent={row.known ? row.agent : undefined}
                    column={column}
                    count={agentColumnValue(row, column.column) ?? 0}
                    onFilter={onFilter}
                  />
                ))}
                <td className="agent-table__numeric">
                  <MedianDuration ms={row.medianComposingToSentMs} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
});

function MedianDuration({ ms }: { ms: number | undefined }) {
  if (ms !== undefined) return formatDuration(ms);
  return (
    <>
      <span aria-hidden="true">—</span>
      <span className="visually-hidden">none</span>
    </>
  );
}
