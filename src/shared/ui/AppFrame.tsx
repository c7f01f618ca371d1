import type { ReactNode } from 'react';

interface AppFrameProps {
  /** What the banner shows after the product name: connection status, the agent's controls… */
  header?: ReactNode;
  children: ReactNode;
}

export const productName = 'GWS Tweet Console';

/**
 * Page frame: a skip link (the keyboard's first stop), a banner with the product name and the
 * page's header content, and the main landmark.
 */
export function AppFrame({ header, children }: AppFrameProps) {
  return (
    <div className="app-frame">
      <a className="skip-link" href="#main">
        Skip to the main content
      </a>
      <header className="app-header">
        <span className="app-header__product">{productName}</span>
        {header}
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
