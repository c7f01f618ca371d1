import { lazy, Suspense } from 'react';

const OutboundPanel = lazy(() => import('./panel/OutboundPanel'));

/** The panel, loaded on first render (after sign-in) as its own chunk. */
export function LazyOutboundPanel() {
  return (
    <Suspense
      fallback={
        <p className="app-loading" role="status">
          Loading the live panel…
        </p>
      }
    >
      <OutboundPanel />
    </Suspense>
  );
}
