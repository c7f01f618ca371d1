/** A cell of the tweet table: row index (0 = the first row under the header) and column index. */
export interface GridPosition {
  row: number;
  col: number;
}

export interface GridBounds {
  rows: number;
  cols: number;
  /** Rows one Page Down / Page Up moves (what fits in the scroll box). */
  pageRows: number;
}

export interface GridKey {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
}

const clamp = (value: number, max: number) => Math.max(0, Math.min(max, value));

/**
 * Where a key moves the focus in the table (the ARIA grid pattern): arrows by one cell, Page
 * Down / Page Up by a screenful of rows, Home / End to the row's first / last cell, Ctrl+Home /
 * Ctrl+End to the first / last row. Undefined for any other key (the browser keeps it).
 */
export function nextGridPosition({ key, ctrlKey, metaKey }: GridKey, at: GridPosition, bounds: GridBounds): GridPosition | undefined {
  if (bounds.rows === 0) return undefined;
  const lastRow = bounds.rows - 1;
  const lastCol = bounds.cols - 1;
  const page = Math.max(1, bounds.pageRows);
  const toEdge = ctrlKey || metaKey;
  switch (key) {
    case 'ArrowDown':
      return { row: clamp(at.row + 1, lastRow), col: at.col };
    case 'ArrowUp':
      return { row: clamp(at.row - 1, lastRow), col: at.col };
    case 'ArrowRight':
      return { row: at.row, col: clamp(at.col + 1, lastCol) };
    case 'ArrowLeft':
      return { row: at.row, col: clamp(at.col - 1, lastCol) };
    case 'PageDown':
      return { row: clamp(at.row + page, lastRow), col: at.col };
    case 'PageUp':
      return { row: clamp(at.row - page, lastRow), col: at.col };
    case 'Home':
      return toEdge ? { row: 0, col: 0 } : { row: at.row, col: 0 };
    case 'End':
      return toEdge ? { row: lastRow, col: lastCol } : { row: at.row, col: lastCol };
    default:
      return undefined;
  }
}
