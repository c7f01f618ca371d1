import { stuckFilter } from '../../model/selectRows';
import type { AgentColumn } from './agentFigures';

/**
 * What a click in the per-agent table asks the list to show, in the list's own filter words
 * (`OutboundFilters.agent` and `.state`: 'all', a shown state, or `stuckFilter`).
 */
export interface AgentFilter {
  agent: string | undefined;
  state: string;
}

/** A count column of the table: the tweets it counts are the ones its cells filter to. */
export interface CountColumn {
  column: Exclude<AgentColumn, 'agent' | 'medianComposingToSent'>;
  label: string;
  /** The list's state filter for this column's tweets. */
  state: string;
  /** A count of a bad state: shown as a warning when above zero. */
  warns: boolean;
}

export const countColumns: readonly CountColumn[] = [
  { column: 'total', label: 'Total', state: 'all', warns: false },
  { column: 'Composing', label: 'Composing', state: 'Composing', warns: false },
  { column: 'Sent', label: 'Sent', state: 'Sent', warns: false },
  { column: 'Error', label: 'Error', state: 'Error', warns: true },
  { column: 'Stuck', label: 'Stuck', state: stuckFilter, warns: true },
];

/** The accessible name of a count button: what it will list, and how many. */
export function countFilterName(agent: string, column: CountColumn, count: string): string {
  return `${count} ${countFilterWords(agent, column)}`;
}

/**
 * What a count button says after its visible number, to screen readers: the accessible name starts
 * with the visible text (WCAG 2.5.3, Label in Name), "2 Error tweets of agent1: list them".
 */
export function countFilterWords(agent: string, column: CountColumn): string {
  return column.state === 'all' ? `tweets in all of ${agent}: list them` : `${column.label} tweets of ${agent}: list them`;
}
