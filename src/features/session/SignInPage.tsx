import { AppFrame } from '../../shared/ui/AppFrame';
import { GwsAddress } from '../../shared/ui/GwsAddress';
import type { SignInReason } from './sessionGateState';
import type { SignedIn, SignInDeps } from './signIn';
import { SignInForm } from './SignInForm';
import { SimulatorHint } from './SimulatorHint';
import './session.css';

interface SignInPageProps {
  reason: SignInReason;
  initialUsername: string;
  onSigningIn: (() => void) | undefined;
  onSignedIn: (signedIn: SignedIn, username: string) => void;
  signInDeps: SignInDeps | undefined;
}

/** The page before a session: which GWS, the simulator's demo accounts if it is the simulator, the form. */
export function SignInPage({ reason, ...formProps }: SignInPageProps) {
  return (
    // No connection status yet: there is nothing to connect before signing in.
    <AppFrame>
      <section className="sign-in" aria-labelledby="sign-in-heading">
        <h1 id="sign-in-heading">Sign in</h1>
        <GwsAddress />
        {reason === 'signed-out' || reason === 'signed-out-elsewhere' ? (
          <p className="sign-in__notice" role="status">
            {reason === 'signed-out' ? 'You have signed out.' : 'You signed out in another tab.'}
          </p>
        ) : null}
        <SimulatorHint />
        <SignInForm expired={reason === 'expired'} {...formProps} />
      </section>
    </AppFrame>
  );
}
