// Builds the React tab (src/tab) into dist/tab, which the server serves with an SPA fallback.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  root: here('./src/tab'),
  base: '/',
  plugins: [react()],
  build: {
    outDir: here('./dist/tab'),
    emptyOutDir: true,
    sourcemap: true,
    // React + Fluent UI is ~160 kB gzipped in one chunk; the Teams SDK is split out (dynamic import).
    chunkSizeWarningLimit: 700,
  },
  server: {
    // `vite` in dev: the API and the dev sign-in live on the Node server (npm start).
    proxy: { '/api': 'http://127.0.0.1:3978' },
  },
});
