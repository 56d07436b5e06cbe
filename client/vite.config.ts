import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

const api = process.env.API_URL ?? 'http://localhost:4000';

export default defineConfig({
  plugins: [vue()],
  server: {
    port: 5173,
    // `npm run dev`: the API runs on its own port; the browser talks to one origin.
    proxy: {
      '/graphql': { target: api, ws: true, changeOrigin: true },
      '/healthz': { target: api },
    },
  },
  build: { sourcemap: true },
});
