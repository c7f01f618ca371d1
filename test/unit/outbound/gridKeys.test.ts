import { describe, expect, it } from 'vitest';
import { nextGridPosition } from '../../../src/features/outbound/table/gridKeys';

const bounds = { rows: 100, cols: 8, pageRows: 20 };
const press = (key: string, row: number, col: number, ctrlKey = false) => nextGridPosition({ key, ctrlKey, metaKey: false }, { row, col }, bounds);

describe('nextGridPosition (the ARIA grid’s keys)', () => {
  it('moves one cell with the arrows, and stops at the edges', () => {
    expect(press('ArrowDown', 5, 2)).toEqual({ row: 6, col: 2 });
    expect(press('ArrowUp', 5, 2)).toEqual({ row: 4, col: 2 });
    expect(press('ArrowRight', 5, 2)).toEqual({ row: 5, col: 3 });
    expect(press('ArrowLeft', 5, 2)).toEqual({ row: 5, col: 1 });
    expect(press('ArrowUp', 0, 0)).toEqual({ row: 0, col: 0 });
    expect(press('ArrowDown', 99, 7)).toEqual({ row: 99, col: 7 });
    expect(press('ArrowRight', 99, 7)).toEqual({ row: 99, col: 7 });
  });

  it('moves a screenful with Page Down / Page Up, and to the ends with Home / End (Ctrl: first / last row)', () => {
    expect(press('PageDown', 5, 2)).toEqual({ row: 25, col: 2 });
    expect(press('PageDown', 90, 2)).toEqual({ row: 99, col: 2 });
    expect(press('PageUp', 5, 2)).toEqual({ row: 0, col: 2 });
    expect(press('Home', 5, 4)).toEqual({ row: 5, col: 0 });
    expect(press('End', 5, 4)).toEqual({ row: 5, col: 7 });
    expect(press('Home', 50, 4, true)).toEqual({ row: 0, col: 0 });
    expect(press('End', 5, 4, true)).toEqual({ row: 99, col: 7 });
  });

  it('leaves any other key to the browser, and does nothing in an empty table', () => {
    expect(press('Tab', 5, 2)).toBeUndefined();
    expect(press('a', 5, 2)).toBeUndefined();
    expect(nextGridPosition({ key: 'ArrowDown', ctrlKey: false, metaKey: false }, { row: 0, col: 0 }, { ...bounds, rows: 0 })).toBeUndefined();
  });
});
