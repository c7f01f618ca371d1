import { useState, type ReactNode } from 'react';
import { WindowFillContext } from './windowFill';

interface AppFrameProps {
  /** What the banner shows after the product name: connection status, the agent's controls… */
  header?: ReactNode;
  /** The signed-in console: a wider main area than a form's. */
  wide?: boolean;
  children: ReactNode;
}

export const productName = 'GWS Tweet Console';

/**
 * Page frame: a skip link (the keyboard's first stop), a banner with the product name and the
 * page's header content, and the main landmark. A screen inside may ask it to fill the window
 * (`useFillWindow`): `data-fill` on the frame, for the stylesheets.
 */
export function AppFrame({ header, wide = false, children }: AppFrameProps) {
  const [fill, setFill] = useState(false);
  return (
    <div className="app-frame" data-fill={fill || undefined}>
      <a className="skip-link" href="#main">
        Skip to the main content
      </a>
      <header className="app-header">
        <span className="app-header__product">{productName}</span>
        {header}
      </header>
      <main id="main" className={wide ? 'app-main app-main--wide' : 'app-main'} tabIndex={-1}>
        <WindowFillContext value={setFill}>{children}</WindowFillContext>
      </main>
    </div>
  );
}
