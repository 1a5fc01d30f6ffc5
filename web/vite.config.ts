import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const apiServer = process.env.TRYGGVE_API_URL ?? 'http://127.0.0.1:3000';

/**
 * The web shell. `npm run build:web` writes the SPA to dist/web, which the API server serves
 * (with a fallback to index.html). `npm run dev:web` proxies the API to a running server.
 */
export default defineConfig({
  root: webRoot,
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    // dist/web/.vite/manifest.json: which chunks each page loads, for bench/web-size.js.
    manifest: true,
  },
  server: {
    proxy: {
      '/api': apiServer,
      '/healthz': apiServer,
    },
  },
});
