import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress, serviceWorkerEntry, serviceWorkerManifest } from './build-plugins.ts';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const outDir = fileURLToPath(new URL('../dist/web', import.meta.url));
const apiServer = process.env.TRYGGVE_API_URL ?? 'http://127.0.0.1:3000';

/**
 * The web shell. `npm run build:web` writes the SPA to dist/web, which the API server serves
 * (with a fallback to index.html). `npm run dev:web` proxies the API to a running server.
 */
export default defineConfig({
  root: webRoot,
  plugins: [react(), serviceWorkerManifest(), precompress(outDir)],
  build: {
    outDir,
    emptyOutDir: true,
    sourcemap: true,
    // dist/web/.vite/manifest.json: which chunks each page loads, for bench/web-size.js.
    manifest: true,
    rollupOptions: {
      // The app (index.html) and its service worker, which must live at /sw.js to control "/".
      input: {
        index: fileURLToPath(new URL('index.html', import.meta.url)),
        [serviceWorkerEntry]: fileURLToPath(new URL('src/service-worker.ts', import.meta.url)),
      },
      output: {
        entryFileNames: (chunk) =>
          chunk.name === serviceWorkerEntry ? 'sw.js' : 'assets/[name]-[hash].js',
      },
    },
  },
  server: {
    proxy: {
      '/api': apiServer,
      '/healthz': apiServer,
    },
  },
});
