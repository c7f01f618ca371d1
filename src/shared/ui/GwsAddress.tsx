import { useRuntimeConfigQuery } from '../config/useRuntimeConfigQuery';

/** "Genesys Web Services: <address>", the GWS this console talks to (once /config.json is read). */
export function GwsAddress() {
  const config = useRuntimeConfigQuery().data;
  return (
    <p className="gws-address">
      Genesys Web Services:{' '}
      {config === undefined ? (
        <span className="gws-address__pending">reading the configuration…</span>
      ) : config.gwsBaseUrl === '' ? (
        <>
          same origin as this page (<code>{window.location.origin}</code>)
        </>
      ) : (
        <code>{config.gwsBaseUrl}</code>
      )}
    </p>
  );
}
