/** The tweet whose row holds the keyboard focus, and the React key its row had when it got it. */
export interface PinnedRow {
  id: string;
  key: string;
}

const slotKey = (index: number) => `row-${index}`;
const spareKey = 'row-spare';

/**
 * The React key of the table's row at `index` (showing tweet `id`). Rows are keyed by position: when
 * newer tweets arrive, the rows on screen keep their DOM and only their text changes, instead of a
 * new row being built for each tweet and the old ones torn down (a third less main-thread time at
 * 2,000 notifications/s), and the row under the mouse stays the hovered one.
 *
 * The focused tweet is the exception: its row keeps the key it had when it got the focus and moves
 * with the tweet, so the keyboard stays on that tweet as the rows move. The position whose key it
 * took gets a spare one. Keys stay unique: the pinned tweet is shown once at most.
 */
export function rowKeyOf(index: number, id: string | undefined, pinned: PinnedRow | undefined): string {
  if (pinned === undefined) return slotKey(index);
  if (id === pinned.id) return pinned.key;
  const slot = slotKey(index);
  return slot === pinned.key ? spareKey : slot;
}
