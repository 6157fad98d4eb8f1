// Lint for Kantlijn: typescript-eslint's recommended rules with type information, and React's
// rules of hooks for the extension's UI. `npm run lint`; `npm test` runs it before the tests.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'data/**', 'coverage/**'] },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    files: ['extension/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    // The two rules of hooks. The plugin's preset adds React Compiler's checks (refs read while
    // rendering, state set in effects); they describe code written for the compiler, which
    // Kantlijn does not use, and flag its ordinary data-loading effects.
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    files: ['tests/**/*.{ts,tsx}'],
    rules: {
      // Fakes of browser and server APIs must return promises; an async function without await is
      // the plainest way to write one.
      '@typescript-eslint/require-await': 'off',
      // `expect(fake.method).toHaveBeenCalled…` reads a method without its object on purpose.
      '@typescript-eslint/unbound-method': 'off',
      // vitest's asymmetric matchers (`expect.stringMatching`, `expect.any`) are typed `any`.
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },
  {
    // Plain JavaScript (this file) is not part of the TypeScript project.
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);
