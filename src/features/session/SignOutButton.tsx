import { useEffect, useRef, useState } from 'react';
import { useMessageDraft } from '../../shared/services/appServices';
import { useGwsSession } from '../../shared/session/GwsSessionContext';
import { useSessionControls } from './SessionControlsContext';

/**
 * Sign out. With an unsent message in the compose form it asks first — signing out discards the
 * message — and offers to keep working (focused, the safe choice).
 */
export function SignOutButton() {
  const { user } = useGwsSession();
  const { signOut } = useSessionControls();
  const messageDraft = useMessageDraft();
  const [step, setStep] = useState<'idle' | 'confirming' | 'signing-out'>('idle');
  const keepWorking = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (step === 'confirming') keepWorking.current?.focus();
  }, [step]);

  const leave = () => {
    setStep('signing-out');
    void signOut();
  };

  if (step === 'confirming') {
    return (
      <div className="session-header__confirm" role="group" aria-label="Sign out with an unsent message">
        <span>Your unsent message will be discarded.</span>
        <button type="button" onClick={leave}>
          Sign out and discard
        </button>
        <button type="button" ref={keepWorking} onClick={() => setStep('idle')}>
          Keep working
        </button>
      </div>
    );
  }
  return (
    <>
      <button
        type="button"
        className="session-header__sign-out"
        disabled={step === 'signing-out'}
        onClick={() => (messageDraft.get(user.userName).trim() === '' ? leave() : setStep('confirming'))}
      >
        Sign out
      </button>
      {step === 'signing-out' ? (
        <span role="status" className="session-header__progress">
          Signing out…
        </span>
      ) : null}
    </>
  );
}
