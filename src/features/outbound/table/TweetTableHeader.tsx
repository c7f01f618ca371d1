import { nextSort, tweetColumns, type TweetColumn, type TweetSort } from '../model/sortRows';
import { columnLabels } from './columnLabels';

interface TweetTableHeaderProps {
  sort: TweetSort | undefined;
  onSortChange: (sort: TweetSort) => void;
}

const numericColumns: ReadonlySet<TweetColumn> = new Set(['time', 'composingToSent', 'userData']);
const arrows = { ascending: '▲', descending: '▼' } as const;

/**
 * The header row: every column sorts on a click (first direction, then the other), and says how
 * it is sorted with `aria-sort`; unsorted, the list is in its own order, newest first.
 */
export function TweetTableHeader({ sort, onSortChange }: TweetTableHeaderProps) {
  return (
    <div role="rowgroup" className="tweet-table__head">
      <div role="row" aria-rowindex={1} className="tweet-table__row tweet-table__row--head">
        {tweetColumns.map((column) => {
          const sorted = sort?.column === column ? sort.direction : undefined;
          return (
            <div key={column} role="columnheader" aria-sort={sorted} className={numericColumns.has(column) ? 'tweet-table__cell tweet-table__number' : 'tweet-table__cell'}>
              <button type="button" className="tweet-table__sort" onClick={() => onSortChange(nextSort(sort, column))}>
                {columnLabels[column]}
                <span aria-hidden="true" className="tweet-table__arrow">
                  {sorted ? arrows[sorted] : '↕'}
                </span>
              </button>
            </div>
          );
        })}
      </div>
    </div>
  );
}
