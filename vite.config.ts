// Builds the React tab (src/tab) into dist/tab, which the server serves with an SPA fallback.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

// Two chunks the page needs before anything is shown, started alongside the main script:
// - `start` (src/tab/start.ts: the first page's requests) as a module script of its own, so it runs
//   once its own small file has loaded, rather than after the whole main script has been fetched
//   and compiled (a module runs only when its whole graph has); the main script imports the same
//   file, so it is one module instance, evaluated once;
// - the Teams SDK, imported dynamically (outside Teams it is never needed), so Vite would not
//   preload it; in Teams it is asked for only once the start chunk has run.
function earlyChunks(): Plugin {
  return {
    name: 'early-chunks',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const chunks = Object.values(ctx.bundle ?? {}).filter((c) => c.type === 'chunk');
        const start = chunks.find((c) => c.name === 'start');
        const sdk = chunks.find((c) => /@microsoft[\\/]teams-js/.test(c.facadeModuleId ?? ''));
        // Module scripts run in document order: the start script goes before the main one.
        const main = html.indexOf('<script type="module"');
        const withStart =
          start && main >= 0
            ? `${html.slice(0, main)}<script type="module" crossorigin src="/${start.fileName}"></script>\n    ${html.slice(main)}`
            : html;
        const tags = sdk
          ? [
              {
                tag: 'link',
                attrs: { rel: 'modulepreload', crossorigin: true, href: `/${sdk.fileName}` },
                injectTo: 'head' as const,
              },
            ]
          : [];
        return { html: withStart, tags };
      },
    },
  };
}

export default defineConfig({
  root: here('./src/tab'),
  base: '/',
  plugins: [react(), earlyChunks()],
  build: {
    outDir: here('./dist/tab'),
    emptyOutDir: true,
    sourcemap: true,
    // React + Fluent UI is ~160 kB gzipped in one chunk; the Teams SDK is split out (dynamic import).
    chunkSizeWarningLimit: 700,
    rollupOptions: {
      output: {
        // The code that starts the first requests (src/tab/start.ts) in a chunk of its own, free of
        // React: otherwise it shares a chunk evaluated after React and Fluent UI, and the requests
        // wait for them.
        manualChunks(id) {
          const early = [
            '/src/tab/start.ts',
            '/src/tab/app/start-early.ts',
            '/src/tab/app/router.ts',
            '/src/tab/shared/api/',
            '/src/tab/features/sign-in/api/get-auth-config.ts',
            '/src/tab/teams/detect-teams.ts',
            '/src/tab/teams/teams-sdk-host.ts',
            '/src/tab/teams/teams-host.ts',
          ];
          return early.some((p) => id.includes(p)) ? 'start' : undefined;
        },
      },
    },
  },
  server: {
    // `vite` in dev: the API and the dev sign-in live on the Node server (npm start).
    proxy: { '/api': 'http://127.0.0.1:3978' },
  },
});
