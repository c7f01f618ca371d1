import type { SendFailure } from './sendFailure';

/** What the form says about a failure: a summary, and GWS's own words or more detail. */
export interface SendFailureWords {
  summary: string;
  detail?: string;
}

/** Per GWS statusCode (contract §2), in the words of an agent sending a tweet. */
const statusCodeWords: Record<number, string> = {
  1: 'GWS says a required value is missing or not valid.',
  2: 'GWS says the tweet cannot be sent in its current state.',
  3: 'GWS forbids this operation.',
  4: 'GWS or one of its back-end servers had an internal error.',
  5: 'You do not have permission to do this (for example, to tweet from this account).',
  6: 'GWS cannot find the tweet draft.',
  7: 'GWS did only part of the work.',
};

export function statusCodeSummary(statusCode: number): string {
  return statusCodeWords[statusCode] ?? `GWS refused the request (status code ${statusCode}).`;
}

const notSent = 'The tweet was not sent.';
const retryIsSafe = 'Retry sends the same draft again; GWS will not let it go out twice.';

export function describeSendFailure(failure: SendFailure): SendFailureWords {
  switch (failure.kind) {
    case 'status':
      return {
        summary: `${statusCodeSummary(failure.statusCode)} ${notSent}`,
        detail: `GWS said: “${failure.statusMessage}” (status code ${failure.statusCode}).`,
      };
    case 'transport':
      return { summary: `${transportSummary(failure.reason)} ${notSent}`, detail: failure.message };
    case 'rejected':
      return { summary: notSent, detail: failure.errorMessage };
    case 'unconfirmed':
      if (failure.stage === 'create') {
        return { summary: 'GWS accepted the new draft but has not confirmed it yet.', detail: `${notSent} Retry when you are ready.` };
      }
      return failure.reason === 'timeout'
        ? {
            summary: 'GWS accepted the tweet but has not confirmed it yet.',
            detail: `GWS still lists it as a draft (Composing). ${retryIsSafe}`,
          }
        : {
            summary: 'The connection to GWS failed while sending, and GWS has not confirmed the tweet.',
            detail: `GWS still lists it as a draft (Composing). ${retryIsSafe}`,
          };
    case 'unchecked':
      return {
        summary: 'GWS has not confirmed the tweet, and the console could not check whether it was sent.',
        detail: `${failure.message.replace(/\.$/, '')}. ${retryIsSafe}`,
      };
    case 'draft-gone':
      return {
        summary: `The tweet draft is no longer in GWS${failure.state ? ` (it is ${failure.state})` : ''}. ${notSent}`,
        detail: 'Send creates a new draft.',
      };
  }
}

function transportSummary(reason: Extract<SendFailure, { kind: 'transport' }>['reason']): string {
  switch (reason) {
    case 'network':
      return 'Cannot reach GWS.';
    case 'timeout':
      return 'GWS did not answer in time.';
    case 'csrf':
      return 'GWS refused the request’s security token.';
    case 'unauthorized':
      return 'Your GWS session ended.';
    case 'http':
    case 'invalid-response':
      return 'GWS answered with something unexpected.';
    default:
      return 'Something went wrong.';
  }
}

/** "0.4 s", "12 s". */
export function formatElapsed(elapsedMs: number): string {
  const seconds = elapsedMs / 1000;
  return seconds < 10 ? `${seconds.toFixed(1)} s` : `${Math.round(seconds)} s`;
}
