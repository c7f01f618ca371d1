import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';

// Testing Library unmounts what a test rendered only by itself where the runner has global hooks,
// which this Vitest setup does not: the files that run in jsdom get it here. Node-only files do not
// load React for it.
if (typeof document !== 'undefined') {
  const { cleanup } = await import('@testing-library/react');
  afterEach(cleanup);
}
