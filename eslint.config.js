// Lint: typescript-eslint's recommended rules, and the architecture of STYLE.md as an allowlist —
// each layer names the layers and packages it may import, and anything not named is an error.
//
// Why eslint-plugin-boundaries: it classifies every file into a layer once (`LAYERS` below) and
// checks local files, npm packages and `node:` modules in one rule with `default: 'disallow'`, so
// the config reads as "what each layer may import". import-x's `no-restricted-paths` is written as
// zones a layer may not reach (an allowlist only by listing exceptions to "everything"), and says
// nothing of packages or `node:`; dependency-cruiser is a second tool with its own config and CLI
// outside `eslint .` and ESLint's API, which the probe test drives.
//
// Type-only imports count: a type is still a dependency on the other layer's shape, and the tab
// importing the app's types is how server concepts leak into the browser bundle. The one exception,
// declared below, is the api contract, which describes app results by their types.
//
// The probe test test/lint/layers.test.ts breaks each rule and expects it reported.
import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import globals from 'globals';
import { fileURLToPath } from 'node:url';
import tseslint from 'typescript-eslint';

// Layers by folder. A file belongs to the first pattern it matches.
const LAYERS = [
  { type: 'domain', pattern: 'src/domain/**' },
  { type: 'api', pattern: 'src/api/**' },
  { type: 'app', pattern: 'src/app/**' },
  { type: 'stores', pattern: 'src/stores/**' },
  { type: 'reports', pattern: 'src/reports/**' },
  { type: 'platform', pattern: 'src/platform/**' },
  { type: 'demo', pattern: 'src/demo/**' },
  { type: 'compose', pattern: 'src/compose/**' },
  { type: 'server', pattern: 'src/server/**' },
  { type: 'cli', pattern: 'src/cli/**' },
  { type: 'tab', pattern: 'src/tab/**' },
  { type: 'bot', pattern: 'bot/**' },
  {
    type: 'test-support',
    pattern: ['test/**', 'bench/**', 'scripts/**', 'infra/**', 'bin/**'],
  },
].map((layer) => ({ ...layer, partialMatch: false }));

const NODE = ['node:*'];

// What each layer may import: local layers, then packages (`node:` modules included). A layer may
// always import its own files.
const ALLOWED = {
  // The pure core: no packages, no I/O, nothing from `node:`.
  domain: { layers: [], packages: [] },
  // Request and response shapes shared by the server and the tab; zod so both validate alike.
  api: { layers: ['domain'], typesFrom: ['app'], packages: ['zod'] },
  // Use cases reach storage, clocks and notifiers through the domain's ports, never an adapter.
  app: {
    layers: ['domain', 'api'],
    packages: ['csv-parse', 'csv-stringify', 'node:crypto'],
  },
  // Adapters implement the domain's ports; they call no use case.
  stores: {
    layers: ['domain', 'platform'],
    packages: [
      'better-sqlite3',
      '@microsoft/microsoft-graph-client',
      '@microsoft/microsoft-graph-types',
      '@pnp/*',
      '@azure/identity',
      ...NODE,
    ],
  },
  // Reports are pure renderings of app views into documents.
  reports: {
    layers: ['domain', 'api', 'app'],
    packages: [
      'docx',
      'exceljs',
      'pdfkit',
      'pptxgenjs',
      'elkjs',
      'jszip',
      'csv-stringify',
      // Only the render worker's boot file: a worker thread registers the TypeScript loader itself.
      'tsx',
      ...NODE,
    ],
  },
  platform: { layers: ['domain'], packages: ['zod', 'pino', '@azure/*', ...NODE] },
  demo: { layers: ['domain', 'app'], packages: [] },
  // Hosts never import each other, nor a store: the composition root picks the store. The server
  // and the CLI call the composition root; the bot is wired by it, so it does not.
  server: {
    layers: ['domain', 'api', 'app', 'platform', 'reports', 'compose'],
    packages: ['express', 'zod', 'jose', ...NODE],
  },
  // The CLI's migrate, provision and smoke commands are about a store itself (copying one into
  // another, creating SharePoint lists, probing a site), so the CLI alone among hosts may name one.
  cli: {
    layers: ['domain', 'api', 'app', 'platform', 'reports', 'compose', 'stores'],
    packages: ['commander', 'csv-parse', 'csv-stringify', ...NODE],
  },
  bot: {
    layers: ['domain', 'api', 'app', 'platform', 'reports'],
    packages: ['botbuilder', 'adaptivecards', '@azure/identity', 'express', 'zod', 'jose', ...NODE],
  },
  tab: {
    layers: ['domain', 'api'],
    packages: [
      'react',
      'react-dom',
      '@fluentui/*',
      '@microsoft/teams-js',
      '@azure/msal-browser',
      'elkjs',
      // The ward map's projection and paths (issue 16).
      'd3-geo',
    ],
  },
};

const PRODUCTION = LAYERS.map((l) => l.type).filter((t) => t !== 'test-support');

const layer = (type) => ({ element: { type } });
const packages = (source) => ({ module: { origin: ['external', 'core'], source } });

const policies = [
  ...Object.entries(ALLOWED).flatMap(([type, allowed]) => [
    { from: layer(type), allow: { to: layer([type, ...allowed.layers]) } },
    ...(allowed.typesFrom
      ? [
          {
            from: layer(type),
            allow: { to: layer(allowed.typesFrom), dependency: { kind: 'type' } },
          },
        ]
      : []),
    ...(allowed.packages.length
      ? [{ from: layer(type), allow: { to: packages(allowed.packages) } }]
      : []),
  ]),
  // The composition root wires everything; only test code stays out of it.
  { from: layer('compose'), allow: { to: [layer(PRODUCTION), packages('**')] } },
  // Test code may import anything; no production layer lists it, so nothing imports it back.
  {
    from: layer('test-support'),
    allow: { to: [layer('*'), { element: { isUnknown: true } }, packages('**')] },
  },
];

const DYNAMIC_IMPORT = 'Dynamic import() is for the composition root (src/compose) only.';

const FOCUSED_TESTS = {
  selector:
    "CallExpression[callee.property.name='only'][callee.object.name=/^(it|test|describe)$/]",
  message: 'Focused tests hide the rest of the suite.',
};

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'data/',
      'coverage/',
      'test-artifacts/',
      'appPackage/build/',
      // Probe files break the layer rules on purpose; the probe test lints them as text.
      'test/lint/probes/',
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
      'no-restricted-syntax': ['error', FOCUSED_TESTS],
    },
  },
  {
    // Root config files (vite, vitest, this one) are tooling and belong to no layer.
    files: ['{src,bot,test,bench,scripts,infra,bin}/**/*.{js,mjs,cjs,ts,tsx}'],
    // A unit test beside its code is test code: it may reach test support and test packages.
    // Production code still cannot reach test/, which is in no production layer's list.
    ignores: ['**/*.test.{ts,tsx}'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': LAYERS,
      'boundaries/root-path': fileURLToPath(new URL('.', import.meta.url)),
      'import/resolver': {
        [fileURLToPath(new URL('./scripts/lint/resolve-typescript.js', import.meta.url))]: {},
      },
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        { default: 'disallow', checkAllOrigins: true, checkUnknownLocals: true, policies },
      ],
      // A file outside every layer would escape the rules above.
      'boundaries/no-unknown-files': 'error',
    },
  },
  {
    // Loading code at run time hides a dependency from the rules above; only the composition root
    // may choose what to load. (The layer rules still check the target of any `import('x')`.)
    files: ['src/**/*.{ts,tsx}', 'bot/**/*.ts'],
    ignores: ['src/compose/**', 'src/tab/**', '**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        FOCUSED_TESTS,
        { selector: 'ImportExpression', message: DYNAMIC_IMPORT },
      ],
    },
  },
  {
    // The tab is a browser bundle: `import('./page.js')` with a literal name is how Vite splits off
    // a heavy page or SDK, and the layer rules check it like any import. A computed name is not.
    files: ['src/tab/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        FOCUSED_TESTS,
        { selector: 'ImportExpression[source.type!="Literal"]', message: DYNAMIC_IMPORT },
      ],
    },
  },
);
