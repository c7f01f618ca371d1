import type { AgentColumn, SortDirection } from './agentFigures';

interface SortHeaderProps {
  column: AgentColumn;
  label: string;
  /** The direction when the table is sorted by this column; undefined when it is not. */
  direction: SortDirection | undefined;
  onSort: (column: AgentColumn) => void;
  numeric?: boolean;
}

const marks: Record<SortDirection, string> = { ascending: '▲', descending: '▼' };

/**
 * A column header that sorts the table: a real button (Tab, Enter, Space), and `aria-sort` on the
 * sorted column only, so a screen reader announces the order as it is (the arrow is for the eye).
 */
export function SortHeader({ column, label, direction, onSort, numeric = false }: SortHeaderProps) {
  return (
    <th scope="col" aria-sort={direction} className={numeric ? 'agent-table__numeric' : undefined}>
      <button type="button" className="agent-table__sort" onClick={() => onSort(column)}>
        {label}
        <span className="agent-table__sort-mark" aria-hidden="true">
          {direction ? marks[direction] : '↕'}
        </span>
      </button>
    </th>
  );
}
