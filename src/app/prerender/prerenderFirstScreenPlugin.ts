import { fileURLToPath } from 'node:url';
import { runnerImport, type Plugin } from 'vite';

type FirstScreenModule = typeof import('./renderFirstScreen');

const emptyRoot = '<div id="root"></div>';

const emptyStylesheet = '\0prerender-empty-stylesheet';

/** Stylesheets are the browser's business (the build links them): to the renderer they are empty. */
const stylesheetsAsEmptyModules: Plugin = {
  name: 'gws-tweet-console:prerender-without-css',
  enforce: 'pre',
  resolveId: (id) => (id.endsWith('.css') ? emptyStylesheet : undefined),
  load: (id) => (id === emptyStylesheet ? 'export {};' : undefined),
};

/**
 * `vite build` only: index.html gets the app's first screen (the sign-in page) rendered into
 * `<div id="root">`, so the form is there and usable as soon as the HTML and CSS arrive; main.tsx
 * then hydrates it. The renderer is loaded through Vite's module runner (it is TSX).
 */
export function prerenderFirstScreenPlugin(): Plugin {
  return {
    name: 'gws-tweet-console:prerender-first-screen',
    apply: 'build',
    async transformIndexHtml(html) {
      if (!html.includes(emptyRoot)) throw new Error(`index.html has no ${emptyRoot} to pre-render the first screen into`);
      const entry = fileURLToPath(new URL('./renderFirstScreen.tsx', import.meta.url));
      const { module } = await runnerImport<FirstScreenModule>(entry, { logLevel: 'warn', plugins: [stylesheetsAsEmptyModules] });
      return html.replace(emptyRoot, `<div id="root">${module.renderFirstScreen()}</div>`);
    },
  };
}
