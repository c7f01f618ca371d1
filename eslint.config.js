// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import pluginQuery from '@tanstack/eslint-plugin-query';
// The maintained fork of eslint-plugin-jsx-a11y (same rules), which supports ESLint 10.
import jsxA11y from 'eslint-plugin-jsx-a11y-x';
import testingLibrary from 'eslint-plugin-testing-library';
import globals from 'globals';

/**
 * The layers, one way: app → features → shared → gws; the simulator and the Node servers → gws.
 * A feature never imports another feature. `regex` is matched against the import's source text.
 */
const layer = (message, ...regexes) => ({
  'no-restricted-imports': ['error', { patterns: regexes.map((regex) => ({ regex, message })) }],
});
const up = String.raw`^(\.\./)+`;
const features = ['compose', 'outbound', 'session'];
const layerRules = [
  {
    files: ['src/gws/**/*.{ts,tsx}'],
    rules: layer(
      'src/gws is the contract: it imports nothing of React, the app, the features, shared code, the simulator or the servers.',
      `${up}(app|features|shared|simulator|server)(/|$)`,
      '^(react|react-dom|@tanstack/)',
    ),
  },
  {
    files: ['src/shared/**/*.{ts,tsx}'],
    rules: layer('src/shared is used by the features: it imports neither them nor src/app (nor the simulator).', `${up}(app|features|simulator|server)(/|$)`),
  },
  ...features.map((feature) => ({
    files: [`src/features/${feature}/**/*.{ts,tsx}`],
    rules: layer(
      `A feature imports src/shared and src/gws, never src/app or another feature (${feature} is one).`,
      `${up}(app|simulator|server)(/|$)`,
      `${up}(features/)?(${features.filter((other) => other !== feature).join('|')})(/|$)`,
    ),
  })),
  {
    files: ['src/simulator/**/*.{ts,tsx}', 'src/server/**/*.{ts,tsx}'],
    rules: layer('The simulator and the Node servers import only src/gws (and Node).', `${up}(app|features|shared)(/|$)`, `${up}(simulator|server)/`),
  },
];

// The files that render with @testing-library (tests, and the harnesses they share).
const testingLibraryFiles = ['test/**/*.tsx', 'test/integration/outbound/support/panelTestSimulator.ts'];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'bench/results/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  ...pluginQuery.configs['flat/recommended'],
  reactHooks.configs.flat.recommended,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Content from GWS and Twitter is rendered as text only.',
        },
      ],
    },
  },
  { files: ['src/**/*.tsx'], ...jsxA11y.configs.recommended },
  {
    files: testingLibraryFiles,
    ...testingLibrary.configs['flat/react'],
    // The helpers that return Testing Library's render result; the other render… helpers return a
    // page's parts and steps (signIn, fill…), named for what they are.
    settings: { 'testing-library/custom-renders': ['renderWithApp', 'renderLivePanel', 'renderApp'] },
  },
  // Plain JavaScript (this file, the page's early script) is outside the TypeScript program.
  { files: ['**/*.js'], ...tseslint.configs.disableTypeChecked },
  ...layerRules,
);
