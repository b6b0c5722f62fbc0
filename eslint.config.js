// ESLint flat config. The import restrictions enforce the architecture's one-way flow:
// model ← machines ← islands/components. A wrong arrow fails `npm run check`.
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';

const forbid = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

export default [
  { ignores: ['dist/', '.astro/', 'node_modules/'] },
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    files: ['src/model/**/*.ts'],
    rules: forbid(
      [
        'xstate',
        'xstate/*',
        'astro',
        'astro:*',
        'astro/*',
        'preact',
        'preact/*',
        '**/machines/**',
        '**/islands/**',
        '**/components/**',
      ],
      'src/model is headless: no XState, Astro, Preact or DOM, and nothing from the layers above it.',
    ),
  },
  {
    files: ['src/machines/**/*.ts'],
    rules: forbid(
      ['astro', 'astro:*', 'preact', 'preact/*', '**/islands/**', '**/components/**'],
      'src/machines may use the model and XState only.',
    ),
  },
  {
    files: ['src/islands/**/*.{ts,tsx}'],
    rules: forbid(
      ['astro', 'astro:*', '**/components/**'],
      'Islands run in the browser: no Astro imports.',
    ),
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
];
