// ESLint (flat config): the recommended JavaScript and TypeScript rules over our own source, tests
// and tools. Type-aware rules are left to `tsc --noEmit` (strict), which `npm test` runs first; this
// catches what the compiler does not: unused code, unsafe patterns, no-op expressions.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.zvirka/**', 'dist/**', 'dist-test/**', 'node_modules/**', 'test-results/**', 'coverage/**', 'test/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      // `_`-prefixed parameters and destructured rest siblings are deliberate.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // Markup from strings is how page text would become page code: never assign it (reading is fine).
      'no-restricted-syntax': [
        'error',
        { selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]", message: 'Render text with textContent or Preact; page and feed text is never markup.' },
        { selector: "CallExpression[callee.property.name=/^(insertAdjacentHTML|createContextualFragment)$/]", message: 'Page and feed text is never markup.' },
        { selector: "CallExpression[callee.object.name='document'][callee.property.name='write']", message: 'Page and feed text is never markup.' },
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Page and feed text is never markup.' },
      ],
      // Text normalisation matches control, format and combining characters one by one on purpose.
      'no-control-regex': 'off',
      'no-misleading-character-class': 'off',
    },
  },
  {
    // Node scripts and tools.
    files: ['**/*.mjs', 'test/**/*.ts'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', structuredClone: 'readonly' } },
  },
);
