import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** Where the dev server forwards `/api` and `/sync` (the ISF Board server). */
const serverTarget = process.env.ISF_SERVER ?? 'http://localhost:8080';

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      '/api': { target: serverTarget, changeOrigin: true },
      '/healthz': { target: serverTarget, changeOrigin: true },
      '/sync': { target: serverTarget, ws: true, changeOrigin: true },
    },
  },
  build: {
    outDir: 'dist',
    sourcemap: true,
  },
});
