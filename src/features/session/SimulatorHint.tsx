import { useQuery } from '@tanstack/react-query';
import { useRuntimeConfigQuery } from '../../shared/config/useRuntimeConfigQuery';
import { embeddedSimulatorQueryOptions } from './embeddedSimulator';

/** The demo accounts, shown when the embedded simulator is this console's GWS. */
export function SimulatorHint() {
  const config = useRuntimeConfigQuery().data;
  const embedded = useQuery(embeddedSimulatorQueryOptions(config?.gwsBaseUrl));
  if (embedded.data !== true) return null;
  return (
    <aside className="sign-in__hint" aria-label="Simulator demo accounts">
      <p>
        This console talks to the embedded GWS simulator. Demo accounts: <code>agent1</code>, <code>agent2</code>,{' '}
        <code>agent3</code> and <code>supervisor</code>; the password is <code>password</code> for all.
      </p>
    </aside>
  );
}
