import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNotification } from '../../../src/gws/schemas';
import { displayStateOf, fromAccountOf, isInbound } from '../../../src/features/outbound/model/entryView';
import { applyOutboundEvents, emptyOutboundTweets, type OutboundEvent, type OutboundTweets } from '../../../src/features/outbound/model/outboundTweets';

/** The facets counted from scratch, to compare with the reducer's running counts. */
function recount(state: OutboundTweets) {
  const counts = { outboundStates: {} as Record<string, number>, inboundStates: {} as Record<string, number>, fromAccounts: {} as Record<string, number>, agents: {} as Record<string, number>, composing: [] as string[] };
  const bump = (into: Record<string, number>, key: string | undefined) => {
    if (key !== undefined) into[key] = (into[key] ?? 0) + 1;
  };
  for (const entry of state.entries.values()) {
    bump(isInbound(entry.tweet) ? counts.inboundStates : counts.outboundStates, displayStateOf(entry));
    bump(counts.fromAccounts, fromAccountOf(entry.tweet));
    bump(counts.agents, entry.agent);
    if (displayStateOf(entry) === 'Composing') counts.composing.push(entry.id);
  }
  counts.composing.sort();
  return counts;
}

function asObjects(state: OutboundTweets) {
  const { outboundStates, inboundStates, fromAccounts, agents, composing } = state.facets;
  return {
    outboundStates: Object.fromEntries(outboundStates),
    inboundStates: Object.fromEntries(inboundStates),
    fromAccounts: Object.fromEntries(fromAccounts),
    agents: Object.fromEntries(agents),
    composing: [...composing].sort(),
  };
}

const tweet = fc.record(
  {
    id: fc.constantFrom('A', 'B', 'C', 'D', 'E', 'F'),
    state: fc.constantFrom('Composing', 'Sent', 'Canceled', 'Completed', 'Invited', 'Odd'),
    twitterType: fc.constantFrom('Outbound', 'Inbound'),
    from: fc.constantFrom('gc_support', 'gc_care'),
    userData: fc.record({ ConsoleAgent: fc.constantFrom('agent1', 'agent2') }, { requiredKeys: [] }),
  },
  { requiredKeys: ['id'] },
);
const message = fc.oneof(
  tweet.map((twitter) => ({ messageType: 'TwitterStateChangeMessage', notificationType: 'StatusChange', twitter })),
  tweet.map((twitter) => ({ messageType: 'TwitterStateChangeMessage', notificationType: 'Error', referenceId: 1, errorMessage: 'no', twitter })),
);
const event = fc.oneof(
  message.map((data): OutboundEvent => ({ type: 'notification', notification: parseNotification(data), at: 1 })),
  fc.array(tweet, { maxLength: 4 }).map((tweets): OutboundEvent => ({ type: 'list', tweets, at: 2 })),
);

describe('outbound facets', () => {
  it('always equal a recount of the entries, through updates, lists and eviction (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(event, { maxLength: 12 }), { maxLength: 8 }), fc.integer({ min: 1, max: 6 }), (batches, cap) => {
        let state = emptyOutboundTweets;
        for (const batch of batches) {
          state = applyOutboundEvents(state, batch, cap);
          expect(asObjects(state)).toEqual(recount(state));
        }
      }),
      { numRuns: 500 },
    );
  });
});
