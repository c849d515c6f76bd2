/// <reference types="vitest/config" />
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

const api = process.env.VIGIL_API_URL ?? 'http://127.0.0.1:4000';

export default defineConfig({
  plugins: [vue()],
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1500 },
  server: { proxy: { '/graphql': { target: api, ws: true } } },
  // Store and component tests (Vitest compiles the single-file components); browser tests are in test/e2e.
  test: { environment: 'happy-dom', include: ['test/unit/**/*.spec.ts'], testTimeout: 30_000, hookTimeout: 60_000, fileParallelism: false },
});
