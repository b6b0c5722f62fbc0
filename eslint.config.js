// ESLint flat config. The import rule enforces the architecture's layers as an allowlist
// (docs/architecture.md): each layer names what it may import, for .ts and .tsx alike, and
// anything else fails `npm run check`. tests/lint/layers.test.ts proves each rule fires.
import { builtinModules } from 'node:module';
import { dirname, relative, resolve } from 'node:path';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';

/**
 * What each layer may import: folders of the repository (own: the importing file's own folder
 * under the layer, e.g. src/islands/lab) and npm packages. Components and site code run at
 * build time and may import anything, so they have no entry.
 */
const LAYERS = {
  'src/model': { dirs: ['src/model'], packages: [] },
  'src/machines': { dirs: ['src/model', 'src/machines'], packages: ['xstate'] },
  'src/islands': {
    dirs: ['src/model', 'src/machines', 'src/islands/lib', 'own'],
    packages: ['preact'],
  },
};

/**
 * Imports across island folders that exist today, each a shared piece that belongs in
 * src/islands/lib; listed so that no new one slips in. Remove a line when its module moves.
 */
const SHARED_ACROSS_ISLANDS = [
  'src/islands/checker/CodeText',
  'src/islands/checker/view',
  'src/islands/checker/types',
  'src/islands/checker/format',
  'src/islands/checker/checker.css',
  'src/islands/checker/RuleI',
  'src/islands/checker/Outcomes',
  'src/islands/checker/Counterexamples',
  'src/islands/quiz/choice.css',
  'src/islands/quiz/Mark',
  'src/islands/quiz/check',
  'src/islands/progress/KeptAside',
  'src/islands/progress/store',
  'src/islands/progress/download',
];

const BUILTINS = new Set(builtinModules);
const packageOf = (spec) =>
  spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
const inside = (path, dir) => path === dir || path.startsWith(`${dir}/`);

/** Why `spec`, imported from `file` (repo-relative), breaks its layer's allowlist, or null. */
function breach(cwd, file, spec) {
  const layer = Object.keys(LAYERS).find((dir) => inside(file, dir));
  if (!layer) return null;
  const { dirs, packages } = LAYERS[layer];
  const own = file.split('/').slice(0, 3).join('/');
  const allowed = dirs.map((d) => (d === 'own' ? own : d));
  const what = `${layer} may import only ${[...allowed, ...packages].join(', ') || 'itself'}`;
  const clean = spec.replace(/\?.*$/, '');
  if (!clean.startsWith('.')) {
    const name = packageOf(clean);
    if (BUILTINS.has(name) || name.startsWith('node:'))
      return `'${spec}' is a Node built-in: ${what}`;
    return packages.includes(name) ? null : `'${spec}' is not allowed here: ${what}`;
  }
  const target = relative(cwd, resolve(cwd, dirname(file), clean)).replaceAll('\\', '/');
  if (allowed.some((d) => inside(target, d))) return null;
  if (layer === 'src/islands' && SHARED_ACROSS_ISLANDS.includes(target)) return null;
  return `'${spec}' (${target}) is outside the allowlist: ${what}`;
}

/** The local rule: every static, dynamic and type-level import checked against breach(). */
const layers = {
  rules: {
    allowlist: {
      meta: { type: 'problem', schema: [] },
      create(context) {
        const cwd = context.cwd ?? process.cwd();
        const file = relative(cwd, context.filename).replaceAll('\\', '/');
        const check = (node, source) => {
          const spec = source?.value;
          if (typeof spec !== 'string') return;
          const why = breach(cwd, file, spec);
          if (why) context.report({ node, message: why });
        };
        return {
          ImportDeclaration: (n) => check(n, n.source),
          ExportNamedDeclaration: (n) => check(n, n.source),
          ExportAllDeclaration: (n) => check(n, n.source),
          ImportExpression: (n) => check(n, n.source),
          TSImportType: (n) => check(n, n.source ?? n.argument?.literal),
        };
      },
    },
  },
};

export default [
  { ignores: ['dist/', '.astro/', 'node_modules/'] },
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { layers },
    rules: { 'layers/allowlist': 'error' },
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
