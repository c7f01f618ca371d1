import { formatCount } from '../../model/timeFormat';
import { countFilterWords, type AgentFilter, type CountColumn } from './agentFilter';

interface AgentCountCellProps {
  /** The agent filtered to; undefined for the unknown-agent row, whose counts filter nothing. */
  agent: string | undefined;
  column: CountColumn;
  count: number;
  onFilter: (filter: AgentFilter) => void;
}

/**
 * One count of the per-agent table: above zero, a button that lists those tweets. A bad state's
 * count above zero is marked by a class and a ⚠ (not by colour alone); zero is plain and neutral.
 */
export function AgentCountCell({ agent, column, count, onFilter }: AgentCountCellProps) {
  const text = formatCount(count);
  const warning = column.warns && count > 0;
  const className = `agent-table__numeric agent-table__count${count === 0 ? ' agent-table__count--zero' : ''}${warning ? ' agent-table__count--warning' : ''}`;
  const shown = (
    <>
      {warning && (
        <span className="agent-table__warning-mark" aria-hidden="true">
          ⚠&#xFE0E;{' '}
        </span>
      )}
      {text}
    </>
  );
  return (
    <td className={className}>
      {count > 0 && agent !== undefined ? (
        <button type="button" className="agent-table__filter" onClick={() => onFilter({ agent, state: column.state })}>
          {shown} <span className="visually-hidden">{countFilterWords(agent, column)}</span>
        </button>
      ) : (
        shown
      )}
    </td>
  );
}
