import type { TweetColumn } from '../model/sortRows';

/** The header of each column of the tweet table (also what its sort button says). */
export const columnLabels: Record<TweetColumn, string> = {
  state: 'State',
  time: 'Time',
  from: 'From',
  agent: 'Agent',
  queue: 'Queue',
  message: 'Message',
  composingToSent: 'Composing → Sent',
  userData: 'userData',
};

/** Row and header heights (px), as tweetTable.css draws them: the virtualizer places rows by them. */
export const tableRowHeight = 28;
export const tableHeaderHeight = 32;
