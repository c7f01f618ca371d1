import { useRuntimeConfig } from './config/RuntimeConfigContext';

/** "Genesys Web Services: <address>", the GWS this console talks to. */
export function GwsAddress() {
  const { gwsBaseUrl } = useRuntimeConfig();
  return (
    <p className="gws-address">
      Genesys Web Services:{' '}
      {gwsBaseUrl === '' ? (
        <>
          same origin as this page (<code>{window.location.origin}</code>)
        </>
      ) : (
        <code>{gwsBaseUrl}</code>
      )}
    </p>
  );
}
