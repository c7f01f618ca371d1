import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useEffectEvent, useId, useLayoutEffect, useRef, useState, type FormEvent } from 'react';
import { runtimeConfigQueryOptions, useRuntimeConfigQuery } from '../../shared/config/useRuntimeConfigQuery';
import { gwsAddressOf } from '../../shared/lib/gwsEndpoints';
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

/**
 * Username, Password, Sign in. A failure is said next to the form; the password is cleared, the
 * username kept. The form is usable before the runtime config is read (signing in waits for it) and,
 * pre-rendered, before React has hydrated it: what was typed by then is taken over, and a submit
 * by then (kept by public/early-sign-in.js, which says "Starting…") is carried out on hydration.
 * `method="dialog"` outside a dialog submits nothing, so the password never ends up in a URL.
 */
export function SignInForm({ expired, initialUsername, onSigningIn, onSignedIn, signInDeps }: SignInFormProps) {
  const queryClient = useQueryClient();
  const config = useRuntimeConfigQuery().data;
  const ids = { username: useId(), password: useId(), problem: useId() };
  const [username, setUsername] = useState(initialUsername);
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState(false);
  const usernameField = useRef<HTMLInputElement>(null);
  const passwordField = useRef<HTMLInputElement>(null);
  const formElement = useRef<HTMLFormElement>(null);

  const signInMutation = useMutation({
    mutationFn: async (credentials: Credentials) =>
      signIn(await queryClient.ensureQueryData(runtimeConfigQueryOptions), credentials, signInDeps ?? browserSignInDeps()),
    retry: 0,
    onSuccess: (signedIn, credentials) => onSignedIn(signedIn, credentials.username),
    onError: () => {
      setPassword('');
      passwordField.current?.focus();
    },
  });

  function start(name: string, secret: string) {
    const trimmed = name.trim();
    setMissing(trimmed === '' || secret === '');
    if (trimmed === '' || secret === '') return;
    onSigningIn?.();
    signInMutation.mutate({ username: trimmed, password: secret });
  }
  const startEarlySubmit = useEffectEvent((name: string, secret: string) => start(name, secret));

  // After a session expiry the username is there: the password is what is missing.
  useEffect(() => {
    if (expired) passwordField.current?.focus();
  }, [expired]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!signInMutation.isPending) start(username, password);
  }

  useLayoutEffect(() => {
    // Hydration keeps what was typed into the pre-rendered fields but not in state: take it over.
    const typedUsername = usernameField.current?.value ?? '';
    const typedPassword = passwordField.current?.value ?? '';
    if (typedUsername) setUsername(typedUsername);
    if (typedPassword) setPassword(typedPassword);
    // From now on React handles submits; one made before (public/early-sign-in.js kept it) is carried out.
    const form = formElement.current;
    form?.setAttribute('data-console-ready', '');
    if (form?.hasAttribute('data-early-submit')) {
      form.removeAttribute('data-early-submit');
      startEarlySubmit(typedUsername, typedPassword);
    }
  }, []);

  let problem: SignInErrorWords | undefined;
  if (missing) problem = { summary: 'Enter your username and password.' };
  else if (signInMutation.isError) {
    const origin = window.location.origin;
    problem = describeSignInError(signInMutation.error, config ? gwsAddressOf(config, origin) : origin);
  } else if (expired && signInMutation.isIdle) problem = expiredWords;

  return (
    <form ref={formElement} className="sign-in__form" method="dialog" onSubmit={submit} aria-describedby={ids.problem} noValidate>
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
        ref={usernameField}
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
