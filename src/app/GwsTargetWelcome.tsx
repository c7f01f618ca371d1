import { useRuntimeConfig } from './config/RuntimeConfigContext';

/** The main area until agent sign-in exists: a welcome and which GWS this console talks to. */
export function GwsTargetWelcome() {
  const { gwsBaseUrl } = useRuntimeConfig();
  return (
    <section aria-labelledby="welcome-heading">
      <h1 id="welcome-heading">Welcome to the GWS Tweet Console</h1>
      <p>
        Genesys Web Services:{' '}
        {gwsBaseUrl === '' ? (
          <>
            same origin as this page (<code>{window.location.origin}</code>)
          </>
        ) : (
          <code>{gwsBaseUrl}</code>
        )}
      </p>
      <p>Agent sign-in is not available yet.</p>
    </section>
  );
}
