import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  // The web app bundles the core's label sources, so it builds before (and without) the core's compiled output.
  resolve: { conditions: ['@iomt/source', ...defaultClientConditions] },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Inline nothing from outside: the app must work offline on a closed hospital network.
    assetsInlineLimit: 0,
    sourcemap: false,
  },
  server: {
    proxy: { '/api': process.env.IOMT_API_URL ?? 'http://127.0.0.1:8080' },
  },
});
