import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';
import { precompress } from './precompress.js';

const api = process.env.API_URL ?? 'http://localhost:4000';

export default defineConfig({
  plugins: [vue(), precompress()],
  server: {
    port: 5173,
    // `npm run dev`: the API runs on its own port; the browser talks to one origin.
    proxy: {
      // the API accepts cookie-authenticated WebSockets only from its own origin; the dev proxy speaks for the page
      '/graphql': { target: api, ws: true, changeOrigin: true, rewriteWsOrigin: true },
      '/healthz': { target: api },
    },
  },
  build: { sourcemap: true },
});
