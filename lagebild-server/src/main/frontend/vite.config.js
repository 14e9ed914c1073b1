import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// The build goes straight into the server's classpath (Maven runs it in process-resources),
// where ApiServer serves it at "/". LAGEBILD_DASHBOARD_OUT overrides the directory.
export default defineConfig({
  base: '/',
  build: {
    outDir: process.env.LAGEBILD_DASHBOARD_OUT
      ?? resolve(import.meta.dirname, '../../../target/classes/org/lagebild/server/dashboard'),
    emptyOutDir: true,
    // No inline scripts or data: URLs, so the page runs under a strict Content-Security-Policy.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    // The event map's lazily loaded Natural Earth 1:50m countries (world-atlas) are one ~760 kB chunk.
    chunkSizeWarningLimit: 800,
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:8080' },
  },
});
