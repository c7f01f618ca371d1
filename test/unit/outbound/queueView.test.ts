import { describe, expect, it } from 'vitest';
import { createQueueLabels, queuePathOf } from '../../../src/features/outbound/model/queueView';

const queues = [
  { name: 'Twitter outbound', path: '/queues/twitter-outbound' },
  { name: 'Customer care', path: '/queues/customer-care' },
];

describe('queuePathOf', () => {
  it("reads the queue the console wrote into Create's userData (ConsoleQueue)", () => {
    expect(queuePathOf({ id: 'T', userData: { ConsoleAgent: 'agent1', ConsoleQueue: '/queues/customer-care' } })).toBe('/queues/customer-care');
    expect(queuePathOf({ id: 'T', userData: { ConsoleQueue: '  /queues/q  ' } })).toBe('/queues/q');
  });

  it('knows no queue for a tweet without one: no userData, no key, blank text, not a plain value', () => {
    expect(queuePathOf({ id: 'T' })).toBeUndefined();
    expect(queuePathOf({ id: 'T', userData: { ConsoleAgent: 'agent1' } })).toBeUndefined();
    for (const value of ['', '   ', null, { path: '/queues/q' }, ['/queues/q']]) {
      expect(queuePathOf({ id: 'T', userData: { ConsoleQueue: value } })).toBeUndefined();
    }
  });
});

describe('queue labels', () => {
  it("names a configured queue path by the queue's name, and shows any other path as it is", () => {
    const label = createQueueLabels(queues);
    expect(label('/queues/customer-care')).toBe('Customer care');
    expect(label('/queues/twitter-outbound')).toBe('Twitter outbound');
    expect(label('/queues/load')).toBe('/queues/load');
    expect(label(undefined)).toBeUndefined();
  });

  it('is matched on the exact path (no trimming, no case folding)', () => {
    const label = createQueueLabels(queues);
    expect(label('/queues/Customer-Care')).toBe('/queues/Customer-Care');
    expect(label('/queues/customer-care/')).toBe('/queues/customer-care/');
  });

  it('takes the first name listed when two queues share a path; with no queues every path is its own label', () => {
    const label = createQueueLabels([...queues, { name: 'Care (again)', path: '/queues/customer-care' }]);
    expect(label('/queues/customer-care')).toBe('Customer care');
    expect(createQueueLabels([])('/queues/customer-care')).toBe('/queues/customer-care');
  });
});
