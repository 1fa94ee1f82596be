// ESLint's flat config (ESLint reads no package.json key, so it lives here, with the tests):
// `npm run lint` runs it as `eslint -c test/eslint.config.js`, and `npm test` runs `npm run lint`.
// JavaScript's and typescript-eslint's recommended rules everywhere; Lit's rules (template
// bindings, lifecycle) and the web-components rules (custom element definitions) on src/.
// Formatting is Prettier's alone (its options are the "prettier" key in package.json).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'demo/data/', '.stryker-tmp/', 'reports/', 'test/bench/pages/', 'demo/*.html'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      // `_name` marks a value left out on purpose (a destructured key dropped from a copy).
      '@typescript-eslint/no-unused-vars': ['error', { varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    // French typography: a no-break space before : ; ! ? and inside guillemets, on purpose.
    files: ['src/i18n/fr.ts', 'src/setup/strings/fr.ts', 'src/opener/strings/fr.ts'],
    rules: { 'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true }] },
  },
  {
    files: ['src/**/*.ts'],
    extends: [lit.configs['flat/recommended'], wc.configs['flat/recommended']],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['test/**/*.ts', 'test/**/*.js', 'demo/**/*.js'],
    languageOptions: { globals: { ...globals.browser, ...globals.node, ...globals.mocha } },
    // Chai's property assertions (`expect(x).to.be.true`) are expressions by design.
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    files: [
      'test/**/*.mjs',
      'test/node/**',
      'test/bench/**',
      'test/support/**/*.js',
      'demo/inbox/**',
      'demo/*.js',
      'src/setup/vite-plugin.js',
      'vite.config.ts',
    ],
    languageOptions: { globals: globals.node },
  },
);
