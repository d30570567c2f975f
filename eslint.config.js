// Lint: typescript-eslint's recommended rules, and the architecture rule of STYLE.md — the domain
// core imports nothing from stores, the server, the app layer, the bot, the tab, React or Microsoft
// packages.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'data/',
      'coverage/',
      'test-artifacts/',
      'appPackage/build/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-explicit-any': 'off',
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "CallExpression[callee.property.name='only'][callee.object.name=/^(it|test|describe)$/]",
          message: 'Focused tests hide the rest of the suite.',
        },
      ],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/stores/**',
                '**/server/**',
                '**/app/**',
                '**/bot/**',
                '**/tab/**',
                '**/demo/**',
                '**/cli/**',
              ],
              message: 'The domain core is pure: it imports nothing from adapters or hosts.',
            },
            {
              group: [
                'react',
                'react-dom',
                '@microsoft/*',
                '@fluentui/*',
                'botbuilder',
                'express',
                'better-sqlite3',
                '@pnp/*',
                'node:*',
              ],
              message: 'The domain core is pure: no I/O, Teams, React or storage packages.',
            },
          ],
        },
      ],
    },
  },
);
