// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { csvFileName, ExportCsvButton } from '../../../src/features/outbound/dashboard/export/ExportCsvButton';
import { tweetsCsv } from '../../../src/features/outbound/dashboard/export/tweetsCsv';
import type { OutboundEntry } from '../../../src/features/outbound/model/outboundEntry';
import { createQueueLabels } from '../../../src/features/outbound/model/queueView';
import type { RowSelection } from '../../../src/features/outbound/model/selectRows';

const now = new Date(2026, 10, 25, 9, 5).getTime();
const thresholdMs = 30_000;

function entryOf(id: string, message: string, queuePath?: string): OutboundEntry {
  return {
    id,
    tweet: { id, state: 'Composing', twitterType: 'Outbound', message, userData: queuePath === undefined ? undefined : { ConsoleQueue: queuePath } },
    stateTimes: { Composing: now - 60_000 },
    firstSeen: now - 60_000,
    lastChange: now - 60_000,
    error: undefined,
    agent: 'zoé',
  };
}

/** A selection as the list shows it: newest first. */
function selectionOf(entries: OutboundEntry[]): RowSelection {
  return { count: entries.length, at: (index) => entries[index], stateCounts: new Map(), stuck: 0 };
}

/** jsdom's Blob has no `text()` nor `arrayBuffer()`: its FileReader reads the bytes. */
function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      if (reader.result instanceof ArrayBuffer) resolve(new Uint8Array(reader.result));
      else reject(new Error('not read as an ArrayBuffer'));
    };
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsArrayBuffer(blob);
  });
}

const blobs: Blob[] = [];
const revoked: string[] = [];
const clicked: HTMLAnchorElement[] = [];

beforeEach(() => {
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    if (!(blob instanceof Blob)) throw new Error('not a Blob');
    blobs.push(blob);
    return `blob:test/${blobs.length}`;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation((url) => {
    revoked.push(url);
  });
  // jsdom does not navigate: the link that would download is caught as it is clicked.
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push(this);
  });
});

afterEach(() => {
  vi.restoreAllMocks();
  blobs.length = 0;
  revoked.length = 0;
  clicked.length = 0;
});

describe('ExportCsvButton', () => {
  it('downloads the shown rows, in their order, as a UTF-8 CSV file with a byte order mark', async () => {
    const user = userEvent.setup();
    const entries = [entryOf('T3', 'Third, newest'), entryOf('T1', '=1+1 oldest')];
    render(<ExportCsvButton selection={selectionOf(entries)} shownCount={entries.length} now={now} thresholdMs={thresholdMs} />);

    await user.click(screen.getByRole('button', { name: 'Export CSV (2 tweets)' }));

    expect(blobs).toHaveLength(1);
    const [blob] = blobs;
    if (!blob) return;
    expect(blob.type).toBe('text/csv;charset=utf-8');
    const bytes = await bytesOf(blob);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // The decoder takes the byte order mark off, as Excel does.
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    expect(text).toBe(tweetsCsv(entries, { now, thresholdMs }));
    expect(text.split('\r\n').slice(1, 3).map((line) => line.slice(0, 2))).toEqual(['T3', 'T1']);
    expect(text).toContain('T3,Composing,yes,zoé,,');
    expect(text).toContain(",'=1+1 oldest,");

    expect(clicked).toHaveLength(1);
    expect(clicked[0]).toHaveAttribute('download', 'outbound-tweets-20261125-0905.csv');
    expect(clicked[0]).toHaveAttribute('href', 'blob:test/1');
    expect(revoked).toEqual(['blob:test/1']);
    // The temporary link is gone from the page.
    expect(screen.queryByRole('link', { hidden: true })).not.toBeInTheDocument();
  });

  it("names the queues by the lookup it is given (config.json's names)", async () => {
    const user = userEvent.setup();
    const entries = [entryOf('T2', 'b', '/queues/customer-care'), entryOf('T1', 'a', '/queues/load')];
    const queueLabel = createQueueLabels([{ name: 'Customer care', path: '/queues/customer-care' }]);
    render(<ExportCsvButton selection={selectionOf(entries)} shownCount={entries.length} now={now} thresholdMs={thresholdMs} queueLabel={queueLabel} />);

    await user.click(screen.getByRole('button', { name: 'Export CSV (2 tweets)' }));

    const [blob] = blobs;
    if (!blob) throw new Error('nothing downloaded');
    const lines = new TextDecoder('utf-8').decode(await bytesOf(blob)).split('\r\n');
    expect(lines[0]).toMatch(/,queue$/);
    expect(lines.slice(1, 3).map((line) => line.split(',').at(-1))).toEqual(['Customer care', '/queues/load']);
  });

  it('says one tweet for one', () => {
    render(<ExportCsvButton selection={selectionOf([entryOf('T1', 'x')])} shownCount={1} now={now} thresholdMs={thresholdMs} />);
    expect(screen.getByRole('button', { name: 'Export CSV (1 tweet)' })).toBeEnabled();
  });

  it('is disabled with no rows, and downloads nothing', async () => {
    const user = userEvent.setup();
    render(<ExportCsvButton selection={selectionOf([])} shownCount={0} now={now} thresholdMs={thresholdMs} />);
    const button = screen.getByRole('button', { name: 'Export CSV (0 tweets)' });
    expect(button).toBeDisabled();
    await user.click(button);
    expect(blobs).toEqual([]);
    expect(clicked).toEqual([]);
  });
});

describe('csvFileName', () => {
  it('names the file by the local date and time, to the minute, zero-padded', () => {
    expect(csvFileName(new Date(2027, 0, 3, 7, 4, 59).getTime())).toBe('outbound-tweets-20270103-0704.csv');
  });
});
