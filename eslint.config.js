// Flat ESLint config. The one rule that matters most here: src/sim and src/lessons are the pure,
// deterministic engine and curriculum. They must run unchanged in Node (tests, CLI), in a Web Worker
// and on the main thread, so they may not see React, the store, the DOM, WebContainer or the UI code.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export const PURE_CORE_FILES = ['src/sim/**/*.ts', 'src/lessons/**/*.ts'];

const bannedModules = [
  'react', 'react-dom', 'react-dom/*', 'zustand', 'zustand/*',
  '@webcontainer/api', '@xterm/*', 'monaco-editor', 'monaco-editor/*',
];

export const pureCoreRules = {
  'no-restricted-imports': ['error', {
    paths: bannedModules.filter((m) => !m.includes('*')).map((name) => ({
      name, message: 'src/sim and src/lessons are pure: no UI, store, DOM or WebContainer modules.',
    })),
    patterns: [
      { group: bannedModules.filter((m) => m.includes('*')), message: 'src/sim and src/lessons are pure: no UI modules.' },
      { group: ['**/app/**', '**/app', '**/workspace/**', '**/workspace', '**/cli/**'], message: 'The engine may not depend on the app, workspace or CLI layers.' },
      { group: ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto'], message: 'The engine runs in the browser too: no Node-only modules.' },
    ],
  }],
  'no-restricted-globals': ['error',
    { name: 'window', message: 'No DOM in the pure core.' },
    { name: 'document', message: 'No DOM in the pure core.' },
    { name: 'localStorage', message: 'No DOM in the pure core.' },
    { name: 'navigator', message: 'No DOM in the pure core.' },
  ],
  'no-restricted-properties': ['error',
    { object: 'Math', property: 'random', message: 'Randomness lives in sim state: use the seeded PRNG.' },
    { object: 'Date', property: 'now', message: 'The engine is deterministic: time comes from the event clock.' },
    { object: 'performance', property: 'now', message: 'The engine is deterministic: no wall-clock reads.' },
  ],
  'no-restricted-syntax': ['error',
    { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'No wall-clock time in the engine.' },
  ],
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'coverage/**', 'test/fixtures/lint/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-syntax': ['error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render user and scenario content as text, never HTML.' },
      ],
    },
  },
  {
    files: ['src/app/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    files: PURE_CORE_FILES,
    languageOptions: { globals: { ...globals.es2021 } },
    rules: pureCoreRules,
  },
);
