// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { describe, expect, it, vi } from 'vitest';
import { unknownAgent, type AgentFigures } from '../../../src/features/outbound/dashboard/perAgent/agentFigures';
import { AgentTable, type AgentFilter } from '../../../src/features/outbound/dashboard/perAgent/AgentTable';

function figures(agent: string, byState: Record<string, number>, more: Partial<AgentFigures> = {}): AgentFigures {
  const counts = new Map(Object.entries(byState));
  return {
    agent,
    known: true,
    total: [...counts.values()].reduce((sum, n) => sum + n, 0),
    byState: counts,
    errors: counts.get('Error') ?? 0,
    stuck: 0,
    medianComposingToSentMs: undefined,
    ...more,
  };
}

const rows: AgentFigures[] = [
  figures('agent1', { Sent: 3, Error: 2, Composing: 1 }, { stuck: 1, medianComposingToSentMs: 2_500 }),
  figures('agent2', { Sent: 1 }, { medianComposingToSentMs: 65_000 }),
  figures('agent10', {}),
  figures(unknownAgent, { Composing: 4, Error: 1 }, { known: false }),
];

function renderTable(selectedAgent?: string) {
  const onFilter = vi.fn<(filter: AgentFilter) => void>();
  render(<AgentTable rows={rows} onFilter={onFilter} selectedAgent={selectedAgent} />);
  return { table: screen.getByRole('table', { name: 'Tweets per agent' }), onFilter };
}

/** The names of the body rows, top to bottom. */
const agentOrder = (table: HTMLElement) =>
  within(table)
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent);

describe('AgentTable', () => {
  it('shows one row per agent under the columns, sorted by name, the median as a duration or none', () => {
    const { table } = renderTable();
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent?.replace(/[▲▼↕]/g, ''))).toEqual([
      'Agent',
      'Total',
      'Composing',
      'Sent',
      'Error',
      'Stuck',
      'Median Composing → Sent',
    ]);
    expect(agentOrder(table)).toEqual(['agent1', 'agent2', 'agent10', unknownAgent]);
    const agent1 = within(table).getAllByRole('row')[1];
    expect(agent1).toBeDefined();
    if (!agent1) return;
    // What is seen (the screen-reader words of a count button are visually hidden).
    expect(within(agent1).getAllByRole('cell').map((cell) => cell.textContent?.replace(/ (tweets in all of|\w+ tweets of) .*$/, ''))).toEqual(['6', '1', '3', '\u26A0\uFE0E 2', '\u26A0\uFE0E 1', '2.5 s']);
    const agent10 = within(table).getByRole('row', { name: /agent10/ });
    expect(within(agent10).getAllByRole('cell').at(-1)).toHaveTextContent('—none');
  });

  it('sorts by a header button, and says so with aria-sort; a second click turns the order round', async () => {
    const user = userEvent.setup();
    const { table } = renderTable();
    const agentHeader = within(table).getByRole('columnheader', { name: /Agent/ });
    const errorHeader = within(table).getByRole('columnheader', { name: /Error/ });
    expect(agentHeader).toHaveAttribute('aria-sort', 'ascending');
    expect(errorHeader).not.toHaveAttribute('aria-sort');

    await user.click(within(errorHeader).getByRole('button', { name: /Error/ }));
    expect(errorHeader).toHaveAttribute('aria-sort', 'descending');
    expect(agentHeader).not.toHaveAttribute('aria-sort');
    expect(agentOrder(table)).toEqual(['agent1', unknownAgent, 'agent2', 'agent10']);

    await user.click(within(errorHeader).getByRole('button', { name: /Error/ }));
    expect(errorHeader).toHaveAttribute('aria-sort', 'ascending');
    expect(agentOrder(table)).toEqual(['agent2', 'agent10', unknownAgent, 'agent1']);
  });

  it('sorts from the keyboard: Tab to a header, Enter, then Space', async () => {
    const user = userEvent.setup();
    const { table } = renderTable();
    const agentHeader = within(table).getByRole('columnheader', { name: /Agent/ });
    await user.tab();
    expect(within(agentHeader).getByRole('button')).toHaveFocus();

    await user.keyboard('{Enter}');
    expect(agentHeader).toHaveAttribute('aria-sort', 'descending');
    expect(agentOrder(table)).toEqual(['agent10', 'agent2', 'agent1', unknownAgent]);

    await user.keyboard(' ');
    expect(agentHeader).toHaveAttribute('aria-sort', 'ascending');
  });

  it('lists the tweets a count counts: its button names the agent, the state and the count', async () => {
    const user = userEvent.setup();
    const { onFilter } = renderTable();

    await user.click(screen.getByRole('button', { name: '2 Error tweets of agent1: list them' }));
    expect(onFilter).toHaveBeenLastCalledWith({ agent: 'agent1', state: 'Error' });
    await user.click(screen.getByRole('button', { name: '1 Stuck tweets of agent1: list them' }));
    expect(onFilter).toHaveBeenLastCalledWith({ agent: 'agent1', state: 'Stuck' });
    await user.click(screen.getByRole('button', { name: '1 tweets in all of agent2: list them' }));
    expect(onFilter).toHaveBeenLastCalledWith({ agent: 'agent2', state: 'all' });
    await user.click(screen.getByRole('button', { name: '1 Composing tweets of agent1: list them' }));
    expect(onFilter).toHaveBeenLastCalledWith({ agent: 'agent1', state: 'Composing' });
    expect(onFilter).toHaveBeenCalledTimes(4);
  });

  it('has no button on a zero, nor on the unknown-agent row (the list cannot filter to "no agent")', () => {
    const { table } = renderTable();
    expect(screen.queryByRole('button', { name: /agent2's Error/ })).not.toBeInTheDocument();
    const unknownRow = within(table).getByRole('row', { name: new RegExp(unknownAgent.replace(/[()]/g, '\\$&')) });
    expect(within(unknownRow).queryAllByRole('button')).toEqual([]);
    expect(within(unknownRow).getAllByRole('cell')[0]).toHaveTextContent('5');
  });

  it("lists an agent's tweets by the name, pressed while selected; pressed again, it lists everyone's", async () => {
    const user = userEvent.setup();
    const { onFilter } = renderTable('agent2');
    expect(screen.getByRole('button', { name: "Show only agent1's tweets" })).toHaveAttribute('aria-pressed', 'false');
    const agent2 = screen.getByRole('button', { name: "Show only agent2's tweets" });
    expect(agent2).toHaveAttribute('aria-pressed', 'true');

    await user.click(screen.getByRole('button', { name: "Show only agent1's tweets" }));
    expect(onFilter).toHaveBeenLastCalledWith({ agent: 'agent1', state: 'all' });
    await user.click(agent2);
    expect(onFilter).toHaveBeenLastCalledWith({ agent: undefined, state: 'all' });
  });

  it('marks errors and stuck tweets above zero as a warning, by class and by a sign; zero stays neutral', () => {
    const { table } = renderTable();
    const countsOf = (agent: string) => {
      const row = within(table).getByRole('row', { name: new RegExp(`^${agent} `) });
      const [, , sent, errors, stuck] = within(row).getAllByRole('cell');
      return { sent, errors, stuck };
    };
    const agent1 = countsOf('agent1');
    for (const cell of [agent1.errors, agent1.stuck]) {
      expect(cell).toHaveClass('agent-table__count--warning');
      expect(cell).toHaveTextContent('⚠');
    }
    const agent2 = countsOf('agent2');
    for (const cell of [agent2.errors, agent2.stuck]) {
      expect(cell).toHaveTextContent(/^0$/);
      expect(cell).not.toHaveClass('agent-table__count--warning');
      expect(cell).toHaveClass('agent-table__count--zero');
    }
    // A count of a good state is no warning, however big.
    expect(agent1.sent).not.toHaveClass('agent-table__count--warning');
    expect(agent1.sent).not.toHaveTextContent('⚠');
  });

  it('passes axe (contrast aside: jsdom has no layout to measure it)', async () => {
    const { table } = renderTable('agent1');
    const results = await axe.run(table, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  });
});
