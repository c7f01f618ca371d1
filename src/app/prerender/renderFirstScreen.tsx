import { renderToString } from 'react-dom/server';
import { Root } from '../Root';

/**
 * The HTML of the app's first screen — the sign-in page, before /config.json is read — exactly as
 * the browser's first render makes it, so that main.tsx can hydrate it. Runs at build time, in Node.
 */
export function renderFirstScreen(): string {
  return renderToString(<Root />);
}
