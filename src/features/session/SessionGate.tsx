import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useReducer, useRef, type ReactNode } from 'react';
import { useMessageDraft, useOnUnauthorized } from '../../shared/services/appServices';
import { clearSessionQueries } from '../../shared/services/queryClient';
import { GwsSessionContext } from '../../shared/session/GwsSessionContext';
import { SessionControlsContext, type SessionControls } from './SessionControlsContext';
import { initialSessionGateState, sessionGateTransition } from './sessionGateState';
import { endSession, type SignedIn, type SignInDeps } from './signIn';
import type { SignOutBroadcast } from './signOutBroadcast';
import { SignInPage } from './SignInPage';

interface SessionGateProps {
  /** The signed-in console; rendered with GwsSessionContext once the agent is signed in. */
  children: ReactNode;
  /** Called when a sign-in starts (e.g. to preload the console's code meanwhile). */
  onSigningIn?: () => void;
  /** For tests; the browser's defaults otherwise. */
  signInDeps?: SignInDeps;
  /** Tells the console's other tabs of a Sign out, and hears theirs (none: each tab on its own). */
  signOutBroadcast?: SignOutBroadcast;
}

/**
 * Sign-in until the agent is signed in, then the console with its GwsSession. Ends the session on
 * Sign out (EndContactCenterSession, CometD disconnect, every cache but the runtime config and the
 * message draft cleared) and on any 401 from a query or mutation (session expired: the message
 * draft is kept).
 */
export function SessionGate({ children, onSigningIn, signInDeps, signOutBroadcast }: SessionGateProps) {
  const [state, dispatch] = useReducer(sessionGateTransition<SignedIn>, undefined, initialSessionGateState<SignedIn>);
  const queryClient = useQueryClient();
  const messageDraft = useMessageDraft();
  /** The live session, read synchronously so that two 401s or two clicks end it once. */
  const live = useRef<SignedIn | undefined>(undefined);
  /** Whose session expired: the unsent message is theirs, and only theirs to get back. */
  const expiredUser = useRef<string | undefined>(undefined);

  const onSignedIn = useCallback(
    (signedIn: SignedIn, username: string) => {
      const userName = signedIn.session.user.userName;
      if (expiredUser.current !== undefined && expiredUser.current !== userName) messageDraft.clear();
      expiredUser.current = undefined;
      live.current = signedIn;
      dispatch({ type: 'signed-in', signedIn, username });
    },
    [messageDraft],
  );

  const signOut = useCallback(async () => {
    const ending = live.current;
    if (!ending) return;
    live.current = undefined;
    await endSession(ending, 'sign-out');
    signOutBroadcast?.announce(ending.session.user.userName);
    clearSessionQueries(queryClient);
    messageDraft.clear();
    dispatch({ type: 'signed-out' });
  }, [queryClient, messageDraft, signOutBroadcast]);

  // The same user signed out in another tab: GWS has been told there; this tab only lets go. A
  // message this tab's user had not sent is kept for them (as after an expiry): nobody here chose to drop it.
  useEffect(
    () =>
      signOutBroadcast?.listen((userName) => {
        const ending = live.current;
        if (ending?.session.user.userName !== userName) return;
        live.current = undefined;
        expiredUser.current = userName;
        void endSession(ending, 'disconnect');
        clearSessionQueries(queryClient);
        dispatch({ type: 'signed-out-elsewhere' });
      }),
    [signOutBroadcast, queryClient],
  );

  useOnUnauthorized(() => {
    const ending = live.current;
    if (!ending) return;
    live.current = undefined;
    expiredUser.current = ending.session.user.userName;
    dispatch({ type: 'expired' });
    void endSession(ending, 'disconnect');
    // After the failing query or mutation has finished reporting its error.
    setTimeout(() => clearSessionQueries(queryClient), 0);
  });

  useEffect(
    () => () => {
      const ending = live.current;
      live.current = undefined;
      if (ending) void endSession(ending, 'disconnect');
    },
    [],
  );

  if (state.status === 'signed-out') {
    return (
      <SignInPage
        reason={state.reason}
        initialUsername={state.username}
        onSigningIn={onSigningIn}
        onSignedIn={onSignedIn}
        signInDeps={signInDeps}
      />
    );
  }
  return (
    <SignedInProviders signedIn={state.signedIn} signOut={signOut}>
      {children}
    </SignedInProviders>
  );
}

function SignedInProviders({ signedIn, signOut, children }: { signedIn: SignedIn; signOut: () => Promise<void>; children: ReactNode }) {
  const controls = useMemo<SessionControls>(
    () => ({ signOut, twitterChannelState: signedIn.twitterChannelState }),
    [signedIn, signOut],
  );
  return (
    <GwsSessionContext value={signedIn.session}>
      <SessionControlsContext value={controls}>{children}</SessionControlsContext>
    </GwsSessionContext>
  );
}
