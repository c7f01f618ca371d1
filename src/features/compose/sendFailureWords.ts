import type { SendFailure } from './sendFailure';

/**
 * What the form says about a failure: a summary, GWS's own words or more detail, what the agent can
 * do, and whether Retry is offered — only where a retry can succeed (never for a refusal that would
 * only come back, nor where GWS has not said how the tweet ended and a check comes first).
 */
export interface SendFailureWords {
  summary: string;
  detail?: string;
  /** What to do next, when it is not simply Retry. */
  nextStep?: string;
  retry: boolean;
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
  8: 'GWS wants you to change your password first.',
  9: 'GWS has not finished processing the request.',
  10: 'GWS says a value is outside the range it accepts.',
  11: 'GWS says a read-only value cannot be changed.',
  12: 'GWS could not read the tweet from its back end.',
  13: 'GWS could not create the tweet draft in its back end.',
  14: 'GWS could not delete the resource in its back end.',
  15: 'GWS could not update the tweet in its back end.',
  16: 'GWS could not assign the resource.',
  17: 'GWS could not unassign the resource.',
  18: 'GWS says the resource already exists.',
  19: 'GWS says the resource is in use.',
  20: 'Your GWS session is no longer signed in.',
};

export function statusCodeSummary(statusCode: number): string {
  return statusCodeWords[statusCode] ?? `GWS refused the request (status code ${statusCode}).`;
}

const notSent = 'The tweet was not sent.';
const retryIsSafe = 'Retry sends the same draft again; GWS will not let it go out twice.';
/** Said whenever GWS has not told how the tweet ended: never "not sent" then. */
const unconfirmed = 'GWS did not confirm whether the tweet went out — check before retrying.';
const lookFirst = 'Look at the account on Twitter: if the tweet is not there, cancel the draft and send the message again.';

/** Status codes a second try can get past (internal or back-end trouble, processing not finished). */
const transientStatusCodes: ReadonlySet<number> = new Set([4, 9, 12, 13, 14, 15, 16, 17]);

/** What to change for a refusal that would only come back. */
const statusNextSteps: Record<number, string> = {
  1: 'Check the From account and the queue, then send again.',
  2: 'Cancel the draft, then send the message again as a new tweet.',
  5: 'Choose an account you may tweet from, then send again.',
  6: 'Cancel the draft, then send the message again as a new tweet.',
  10: 'Check the From account and the queue, then send again.',
};

export function describeSendFailure(failure: SendFailure): SendFailureWords {
  switch (failure.kind) {
    case 'status': {
      const retry = transientStatusCodes.has(failure.statusCode);
      return {
        summary: `${statusCodeSummary(failure.statusCode)} ${notSent}`,
        detail: `GWS said: “${failure.statusMessage}” (status code ${failure.statusCode}).`,
        nextStep: retry ? undefined : (statusNextSteps[failure.statusCode] ?? 'Ask your supervisor or administrator before sending again.'),
        retry,
      };
    }
    case 'transport':
      if (failure.reason === 'unexpected') {
        return { summary: `Something went wrong. ${unconfirmed}`, detail: failure.message, nextStep: lookFirst, retry: false };
      }
      return { summary: `${transportSummary(failure.reason)} ${notSent}`, detail: failure.message, retry: failure.reason !== 'unauthorized' };
    case 'rejected':
      return { summary: notSent, detail: failure.errorMessage, nextStep: 'Change the message, then send it again.', retry: false };
    case 'unconfirmed':
      if (failure.stage === 'create') {
        return { summary: 'GWS accepted the new draft but has not confirmed it yet.', detail: `${notSent} Retry when you are ready.`, retry: true };
      }
      return failure.reason === 'timeout'
        ? {
            summary: 'GWS accepted the tweet but has not confirmed it yet.',
            detail: `GWS still lists it as a draft (Composing). ${retryIsSafe}`,
            retry: true,
          }
        : {
            summary: 'The connection to GWS failed while sending, and GWS has not confirmed the tweet.',
            detail: `GWS still lists it as a draft (Composing). ${retryIsSafe}`,
            retry: true,
          };
    case 'unchecked':
      return {
        summary: unconfirmed,
        detail: `The console could not read GWS's tweet list to check: ${failure.message.replace(/\.$/, '')}. ${retryIsSafe}`,
        retry: true,
      };
    case 'unknown':
      return {
        summary: unconfirmed,
        detail:
          failure.reason === 'not-listed'
            ? 'GWS no longer lists this tweet, so the console cannot tell whether it was sent.'
            : `GWS lists the tweet as “${failure.state ?? '?'}”, which does not say whether it went out.`,
        nextStep: lookFirst,
        retry: false,
      };
    case 'draft-gone':
      return {
        summary: `GWS says the tweet draft is ${failure.state}. ${notSent}`,
        nextStep: 'Send tweet sends the message as a new draft.',
        retry: false,
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
    case 'status':
    case 'unexpected':
      return 'Something went wrong.';
  }
}

/** "0.4 s", "12 s". */
export function formatElapsed(elapsedMs: number): string {
  const seconds = elapsedMs / 1000;
  return seconds < 10 ? `${seconds.toFixed(1)} s` : `${Math.round(seconds)} s`;
}
