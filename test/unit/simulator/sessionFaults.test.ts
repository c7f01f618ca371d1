import { describe, expect, it } from 'vitest';
import { failureApplies, withFaults, noFaults } from '../../../src/simulator/faults';
import { createHttpSessionStore } from '../../../src/simulator/sessions/httpSessions';

describe('failureApplies (pure)', () => {
  it('without a name: the next tweet operation only', () => {
    const failure = withFaults(noFaults, { failNext: { statusCode: 4 } }).failNext!;
    expect(failureApplies(failure, 'Create', true)).toBe(true);
    expect(failureApplies(failure, 'StartContactCenterSession', false)).toBe(false);
  });

  it('with a name: that operation only', () => {
    const failure = withFaults(noFaults, { failNext: { statusCode: 4, operationName: 'Send' } }).failNext!;
    expect(failure).toEqual({ kind: 'status', statusCode: 4, statusMessage: undefined, operationName: 'Send' });
    expect(failureApplies(failure, 'Create', true)).toBe(false);
    expect(failureApplies(failure, 'Send', true)).toBe(true);
    const start = withFaults(noFaults, { failNext: { statusCode: 4, operationName: 'StartContactCenterSession' } }).failNext!;
    expect(failureApplies(start, 'StartContactCenterSession', false)).toBe(true);
  });
});

describe('HTTP session store: expireAll', () => {
  it('ends every session and remembers their ids as expired, as many as maxSessions', () => {
    const store = createHttpSessionStore({ maxSessions: 2 });
    const a = store.create('agent1');
    const b = store.create('agent2');
    expect(store.expireAll()).toBe(2);
    expect(store.size).toBe(0);
    expect(store.find(a.id, 'agent1')).toBeUndefined();
    expect(store.isExpired(a.id)).toBe(true);
    expect(store.isExpired(b.id)).toBe(true);
    expect(store.isExpired(undefined)).toBe(false);

    const c = store.create('agent3');
    store.expireAll();
    expect(store.isExpired(c.id)).toBe(true);
    expect(store.isExpired(a.id)).toBe(false); // the oldest forgotten beyond maxSessions
    expect(store.isExpired('never-existed')).toBe(false);
  });
});
