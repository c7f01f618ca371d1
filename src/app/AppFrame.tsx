import type { ReactNode } from 'react';
import { ConnectionStatus } from './ConnectionStatus';
import type { ConnectionState } from './connectionState';

interface AppFrameProps {
  connection: ConnectionState;
  connectionDetail?: string;
  children: ReactNode;
}

export const productName = 'GWS Tweet Console';

/** Page frame: a banner with the product name and connection status, and the main landmark. */
export function AppFrame({ connection, connectionDetail, children }: AppFrameProps) {
  return (
    <div className="app-frame">
      <header className="app-header">
        <span className="app-header__product">{productName}</span>
        <ConnectionStatus status={connection} detail={connectionDetail} />
      </header>
      <main className="app-main">{children}</main>
    </div>
  );
}
