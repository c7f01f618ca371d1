import { isGwsError } from '../../gws/http';

/** What the sign-in form says when signing in failed. */
export interface SignInErrorWords {
  summary: string;
  detail?: string;
}

/** Plain words for a failed sign-in; `gwsAddress` names the GWS (see gwsAddressOf). */
export function describeSignInError(error: unknown, gwsAddress: string): SignInErrorWords {
  if (!isGwsError(error)) {
    const message = error instanceof Error ? error.message : String(error);
    return { summary: 'Signing in failed.', detail: message };
  }
  switch (error.kind) {
    case 'unauthorized':
      return { summary: 'Wrong username or password.', detail: 'Check them and try again.' };
    case 'network':
      return { summary: `Cannot reach GWS at ${gwsAddress}.`, detail: `Check that it is running and reachable. (${error.message})` };
    case 'timeout':
      return { summary: `GWS at ${gwsAddress} did not answer in time.`, detail: error.message };
    case 'status':
      return {
        summary: `GWS error ${error.statusCode ?? '?'}: ${error.message}`,
        detail: 'GWS refused to start your session. Try again, or ask your administrator.',
      };
    case 'csrf':
    case 'http':
    case 'invalid-response':
      return { summary: 'GWS answered something unexpected.', detail: error.message };
  }
}
