import vue from '@vitejs/plugin-vue';
import { createRequire } from 'node:module';
import os from 'node:os';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

// Vitest's default is one worker fewer than the machine has cores: one worker on a two-core CI machine, where
// the server files spend much of their time waiting on PostgreSQL or on timers. Two there halve that part of
// the run. The browser files keep the default (each drives a Chromium of its own beside its server), so they
// run as a group of their own after the others (projects of different widths need groups of their own).
const SERVER_WORKERS = Math.max(2, os.availableParallelism() - 1);

export default defineConfig({
  test: {
    projects: [
      {
        // Node loads graphql's CommonJS build for type-graphql and Apollo; the tests must use the same copy.
        resolve: { alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }] },
        test: {
          name: 'server',
          root: './server',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['./test/setup.ts'],
          globalSetup: ['./test/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          pool: 'forks',
          maxWorkers: SERVER_WORKERS,
          sequence: { groupOrder: 0 },
          // every file starts its own apps on its own database and stops them; loading the server's modules
          // once per worker rather than once per file saves about three seconds a file (CI has 20 minutes)
          isolate: false,
        },
      },
      {
        resolve: { alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }] },
        test: {
          name: 'e2e',
          root: './e2e',
          include: ['**/*.test.ts'],
          environment: 'node',
          setupFiles: ['../server/test/setup.ts'],
          globalSetup: ['./build-client.ts', '../server/test/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          pool: 'forks',
          sequence: { groupOrder: 1 },
        },
      },
      {
        plugins: [vue()],
        test: {
          name: 'client',
          root: './client',
          include: ['src/**/*.test.ts', '*.test.ts'],
          environment: 'happy-dom',
          maxWorkers: SERVER_WORKERS,
          sequence: { groupOrder: 0 },
        },
      },
    ],
  },
});
