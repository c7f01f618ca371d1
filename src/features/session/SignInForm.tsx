import { useMutation } from '@tanstack/react-query';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useRuntimeConfig } from '../../app/config/RuntimeConfigContext';
import { gwsAddressOf } from '../../app/gwsAddress';
import { browserSignInDeps, signIn, type Credentials, type SignedIn, type SignInDeps } from './signIn';
import { describeSignInError, type SignInErrorWords } from './signInErrorWords';

interface SignInFormProps {
  /** The previous session ended with a 401: say so until the next attempt. */
  expired: boolean;
  initialUsername: string;
  onSigningIn: (() => void) | undefined;
  onSignedIn: (signedIn: SignedIn, username: string) => void;
  signInDeps: SignInDeps | undefined;
}

const expiredWords: SignInErrorWords = {
  summary: 'Your session ended — sign in again.',
  detail: 'Any message you had not sent is kept.',
};

/** Username, Password, Sign in. A failure is said next to the form; the password is cleared, the username kept. */
export function SignInForm({ expired, initialUsername, onSigningIn, onSignedIn, signInDeps }: SignInFormProps) {
  const config = useRuntimeConfig();
  const ids = { username: useId(), password: useId(), problem: useId() };
  const [username, setUsername] = useState(initialUsername);
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState(false);
  const passwordField = useRef<HTMLInputElement>(null);

  const signInMutation = useMutation({
    mutationFn: (credentials: Credentials) => signIn(config, credentials, signInDeps ?? browserSignInDeps()),
    retry: 0,
    onSuccess: (signedIn, credentials) => onSignedIn(signedIn, credentials.username),
    onError: () => {
      setPassword('');
      passwordField.current?.focus();
    },
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (signInMutation.isPending) return;
    const trimmed = username.trim();
    setMissing(trimmed === '' || password === '');
    if (trimmed === '' || password === '') return;
    onSigningIn?.();
    signInMutation.mutate({ username: trimmed, password });
  }

  let problem: SignInErrorWords | undefined;
  if (missing) problem = { summary: 'Enter your username and password.' };
  else if (signInMutation.isError) problem = describeSignInError(signInMutation.error, gwsAddressOf(config, window.location.origin));
  else if (expired && signInMutation.isIdle) problem = expiredWords;

  return (
    <form className="sign-in__form" onSubmit={submit} aria-describedby={ids.problem} noValidate>
      <div role="alert" id={ids.problem} className="sign-in__problem">
        {problem ? (
          <>
            <strong>{problem.summary}</strong>
            {problem.detail ? <span> {problem.detail}</span> : null}
          </>
        ) : null}
      </div>
      <label htmlFor={ids.username}>Username</label>
      <input
        id={ids.username}
        name="username"
        autoComplete="username"
        aria-required="true"
        value={username}
        onChange={(event) => setUsername(event.target.value)}
      />
      <label htmlFor={ids.password}>Password</label>
      <input
        id={ids.password}
        ref={passwordField}
        name="password"
        type="password"
        autoComplete="current-password"
        aria-required="true"
        value={password}
        onChange={(event) => setPassword(event.target.value)}
      />
      <button type="submit" disabled={signInMutation.isPending}>
        Sign in
      </button>
      <p role="status" className="sign-in__progress">
        {signInMutation.isPending ? 'Signing in…' : ''}
      </p>
    </form>
  );
}
